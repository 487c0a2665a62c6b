export * from "./vocabulary";
export * from "./leverage";
export * from "./glossary";
export { responsibilityMatrix } from "./matrix";
export { generalGuidance, typeGuidance, type CellGuidance } from "./guidance";
export { systemMoves, type SystemMove } from "./moves";
export { cellMoments, typeFirstMoves, type FirstMove } from "./first-moves";
