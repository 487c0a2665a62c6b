// Catalog keys (namespace "typology", app/locales/<language>/typology.json) of the typology's words (vocabulary.ts,
// glossary.ts), for t(). The English records there stay until every reader uses these keys.
export const typologyKeys = {
  systemType: {
    managerial: { name: "typology:systemType.managerial.name", theory: "typology:systemType.managerial.theory" },
    "market-driven": {
      name: "typology:systemType.market-driven.name",
      theory: "typology:systemType.market-driven.theory",
    },
    federated: { name: "typology:systemType.federated.name", theory: "typology:systemType.federated.theory" },
    networked: { name: "typology:systemType.networked.name", theory: "typology:systemType.networked.theory" },
    "american-default": {
      name: "typology:systemType.american-default.name",
      theory: "typology:systemType.american-default.theory",
    },
  },
  domain: {
    environment: {
      plain: "typology:domain.environment.plain",
      term: "typology:domain.environment.term",
      meaning: "typology:domain.environment.meaning",
      explanation: "typology:domain.environment.explanation",
    },
    infrastructure: {
      plain: "typology:domain.infrastructure.plain",
      term: "typology:domain.infrastructure.term",
      meaning: "typology:domain.infrastructure.meaning",
      explanation: "typology:domain.infrastructure.explanation",
    },
    use: {
      plain: "typology:domain.use.plain",
      term: "typology:domain.use.term",
      meaning: "typology:domain.use.meaning",
      explanation: "typology:domain.use.explanation",
    },
    performance: {
      plain: "typology:domain.performance.plain",
      term: "typology:domain.performance.term",
      meaning: "typology:domain.performance.meaning",
      explanation: "typology:domain.performance.explanation",
    },
    leadership: {
      plain: "typology:domain.leadership.plain",
      term: "typology:domain.leadership.term",
      meaning: "typology:domain.leadership.meaning",
      explanation: "typology:domain.leadership.explanation",
    },
  },
  locus: { "central-office": "typology:locus.central-office", school: "typology:locus.school" },
  level: {
    primary: {
      plain: "typology:level.primary.plain",
      term: "typology:level.primary.term",
      meaning: "typology:level.primary.meaning",
    },
    secondary: {
      plain: "typology:level.secondary.plain",
      term: "typology:level.secondary.term",
      meaning: "typology:level.secondary.meaning",
    },
    weak: {
      plain: "typology:level.weak.plain",
      term: "typology:level.weak.term",
      meaning: "typology:level.weak.meaning",
    },
  },
  grade: {
    stated: {
      plain: "typology:grade.stated.plain",
      term: "typology:grade.stated.term",
      meaning: "typology:grade.stated.meaning",
    },
    described: {
      plain: "typology:grade.described.plain",
      term: "typology:grade.described.term",
      meaning: "typology:grade.described.meaning",
    },
    inferred: {
      plain: "typology:grade.inferred.plain",
      term: "typology:grade.inferred.term",
      meaning: "typology:grade.inferred.meaning",
    },
  },
  /** "{{plain}} ({{term}})": a plain name with its research term, for a reader's first meeting. */
  withTerm: "typology:withTerm",
} as const;
