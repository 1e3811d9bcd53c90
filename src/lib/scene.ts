/**
 * The find-the-hazards game's rules, pure so they are unit-tested: where a tap lands, and which hazard a
 * keyboard player finds in a cell of the grid laid over the picture.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Hazard {
  id: string;
  box: Box;
}

/** The grid keyboard players move over: about 200 × 200 units per cell on a 1200 × 800 picture. */
export function gridFor(width: number, height: number, cellSize = 200): { cols: number; rows: number; cells: Box[] } {
  const cols = Math.max(1, Math.round(width / cellSize));
  const rows = Math.max(1, Math.round(height / cellSize));
  const cells: Box[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      cells.push({ x: (col * width) / cols, y: (row * height) / rows, width: width / cols, height: height / rows });
    }
  }
  return { cols, rows, cells };
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The not-yet-found hazard at a tapped point, with a little slack for fingers. */
export function hazardAtPoint(hazards: Hazard[], found: Set<string>, x: number, y: number, slack = 20): Hazard | undefined {
  return hazards.find(
    ({ id, box }) => !found.has(id) && x >= box.x - slack && x <= box.x + box.width + slack && y >= box.y - slack && y <= box.y + box.height + slack,
  );
}

/**
 * The not-yet-found hazard a keyboard player finds by checking a cell: the one covering most of the
 * cell, if it covers at least a quarter of the cell or the cell holds a quarter of it.
 */
export function hazardInCell(hazards: Hazard[], found: Set<string>, cell: Box): Hazard | undefined {
  const cellArea = cell.width * cell.height;
  return hazards
    .filter(({ id }) => !found.has(id))
    .map((hazard) => ({ hazard, shared: overlap(hazard.box, cell) }))
    .filter(({ hazard, shared }) => shared >= 0.25 * cellArea || shared >= 0.25 * hazard.box.width * hazard.box.height)
    .sort((a, b) => b.shared - a.shared)[0]?.hazard;
}
