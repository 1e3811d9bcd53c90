import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { gridFor, hazardAtPoint, hazardInCell } from '../../src/lib/scene.ts';
import { MUTATION_RUN, PROJECT_ROOT } from './helpers.ts';

const hazards = [
  { id: 'door', box: { x: 20, y: 270, width: 200, height: 420 } },
  { id: 'bike', box: { x: 600, y: 282, width: 250, height: 408 } },
];

describe('the find-the-hazards game', () => {
  it('lays a grid of about 200-unit cells over the picture', () => {
    const grid = gridFor(1200, 800);
    expect([grid.cols, grid.rows]).toEqual([6, 4]);
    expect(grid.cells).toHaveLength(24);
  });

  it('a tap inside a hazard, or just beside it, finds it once', () => {
    expect(hazardAtPoint(hazards, new Set(), 100, 400)?.id).toBe('door');
    expect(hazardAtPoint(hazards, new Set(), 10, 400)?.id).toBe('door');
    expect(hazardAtPoint(hazards, new Set(['door']), 100, 400)).toBeUndefined();
    expect(hazardAtPoint(hazards, new Set(), 450, 100)).toBeUndefined();
  });

  it('checking a cell finds the hazard covering most of it', () => {
    const { cells } = gridFor(1200, 800);
    expect(hazardInCell(hazards, new Set(), cells[6]!)?.id).toBe('door');
    expect(hazardInCell(hazards, new Set(), cells[0]!)).toBeUndefined();
  });

  it.skipIf(MUTATION_RUN)('every hazard of every scene can be found from the keyboard, and by tapping its middle', () => {
    const { content } = readContent(PROJECT_ROOT);
    expect(content.scenes.length).toBeGreaterThan(0);
    for (const scene of content.scenes) {
      const { cells } = gridFor(1200, 800);
      for (const hazard of scene.data.hazards) {
        const reachable = cells.some((cell) => hazardInCell(scene.data.hazards, new Set(), cell)?.id === hazard.id);
        expect(reachable, `${scene.id}: ${hazard.id} from the keyboard`).toBe(true);
        const { x, y, width, height } = hazard.box;
        expect(hazardAtPoint(scene.data.hazards, new Set(), x + width / 2, y + height / 2)?.id, `${scene.id}: ${hazard.id} by tap`).toBe(hazard.id);
      }
    }
  });
});
