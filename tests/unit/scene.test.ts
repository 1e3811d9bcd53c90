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

describe('the find-the-hazards grid', () => {
  it('cells cover the picture row by row, left to right, without gaps', () => {
    const grid = gridFor(600, 400);
    expect([grid.cols, grid.rows]).toEqual([3, 2]);
    expect(grid.cells[0]).toEqual({ x: 0, y: 0, width: 200, height: 200 });
    expect(grid.cells[1]).toEqual({ x: 200, y: 0, width: 200, height: 200 });
    expect(grid.cells[3]).toEqual({ x: 0, y: 200, width: 200, height: 200 });
    expect(grid.cells[5]).toEqual({ x: 400, y: 200, width: 200, height: 200 });
  });

  it('cells stretch to fit a picture that is not a whole number of cells', () => {
    const grid = gridFor(1000, 500, 300);
    expect([grid.cols, grid.rows]).toEqual([3, 2]);
    expect(grid.cells[4]).toEqual({ x: 1000 / 3, y: 250, width: 1000 / 3, height: 250 });
  });

  it('a picture smaller than a cell is one cell', () => {
    expect(gridFor(50, 30)).toEqual({ cols: 1, rows: 1, cells: [{ x: 0, y: 0, width: 50, height: 30 }] });
  });
});

describe('tapping the picture', () => {
  const box = { id: 'door', box: { x: 100, y: 100, width: 50, height: 50 } };

  it('finds a hazard up to 20 units beyond each edge, and no further', () => {
    for (const [x, y] of [
      [80, 125],
      [170, 125],
      [125, 80],
      [125, 170],
    ] as const)
      expect(hazardAtPoint([box], new Set(), x, y)?.id, `${x},${y}`).toBe('door');
    for (const [x, y] of [
      [79, 125],
      [171, 125],
      [125, 79],
      [125, 171],
    ] as const)
      expect(hazardAtPoint([box], new Set(), x, y), `${x},${y}`).toBeUndefined();
  });

  it('the slack can be set: none for a mouse', () => {
    expect(hazardAtPoint([box], new Set(), 99, 125, 0)).toBeUndefined();
    expect(hazardAtPoint([box], new Set(), 100, 125, 0)?.id).toBe('door');
  });

  it('where two hazards overlap, a found one lets the tap reach the other', () => {
    const other = { id: 'bike', box: { x: 120, y: 120, width: 50, height: 50 } };
    expect(hazardAtPoint([box, other], new Set(), 130, 130)?.id).toBe('door');
    expect(hazardAtPoint([box, other], new Set(['door']), 130, 130)?.id).toBe('bike');
  });
});

describe('checking a grid cell from the keyboard', () => {
  const cell = { x: 0, y: 0, width: 100, height: 100 };

  it('finds a hazard covering at least a quarter of the cell', () => {
    expect(hazardInCell([{ id: 'a', box: { x: 50, y: 50, width: 200, height: 200 } }], new Set(), cell)?.id).toBe('a');
    expect(hazardInCell([{ id: 'a', box: { x: 51, y: 50, width: 200, height: 200 } }], new Set(), cell)).toBeUndefined();
  });

  it('finds a small hazard when at least a quarter of it lies in the cell', () => {
    expect(hazardInCell([{ id: 'a', box: { x: 90, y: 0, width: 40, height: 10 } }], new Set(), cell)?.id).toBe('a');
    expect(hazardInCell([{ id: 'a', box: { x: 91, y: 0, width: 40, height: 10 } }], new Set(), cell)).toBeUndefined();
  });

  it('a hazard that only touches the cell’s edge is not in it', () => {
    expect(hazardInCell([{ id: 'a', box: { x: 100, y: 0, width: 10, height: 10 } }], new Set(), cell)).toBeUndefined();
    expect(hazardInCell([{ id: 'a', box: { x: 0, y: 100, width: 10, height: 10 } }], new Set(), cell)).toBeUndefined();
  });

  it('of two hazards in the cell, the one covering more of it; a found one is skipped', () => {
    const hazards = [
      { id: 'small', box: { x: 0, y: 0, width: 30, height: 30 } },
      { id: 'large', box: { x: 40, y: 0, width: 60, height: 100 } },
    ];
    expect(hazardInCell(hazards, new Set(), cell)?.id).toBe('large');
    expect(hazardInCell([...hazards].reverse(), new Set(), cell)?.id).toBe('large');
    expect(hazardInCell(hazards, new Set(['large']), cell)?.id).toBe('small');
  });
});
