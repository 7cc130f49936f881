/** The comparison engine: pure functions from two documents to a serialisable report. */
export type { AlignOptions } from './align.ts';
export { DEFAULT_ALIGN_OPTIONS } from './align.ts';
export type { UnitAlignment, UnitGroup } from './align-units.ts';
export { alignUnits } from './align-units.ts';
export type { Block, ComparableDocument, Unit, UnitKind } from './units.ts';
export { documentUnits, lineUnits, unitsText } from './units.ts';
