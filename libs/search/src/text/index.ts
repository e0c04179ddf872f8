/** The framework-free text layer of search: normalisation, stemming, synonyms, queries, highlighting (`queryMarks`). */
export {
  normalizeText,
  sanitizeDisplayText,
  searchableDisplayText,
  tokenize,
  tokenScript,
  isModelToken,
  fixMixedScript,
  type TokenScript,
} from './normalize.js';
export { BoundedCache } from './bounded-cache.js';
export { stemWord, stemRussian, stemEnglish, stemTokens, stemText } from './stem.js';
export {
  loadStopWords,
  allStopWords,
  isStopWord,
  removeStopWords,
  parseWordList,
  stopWordsPath,
  type StopWordLanguage,
} from './stop-words.js';
export {
  loadSynonymGroups,
  parseSynonymGroups,
  canonicalTerm,
  expandGroupsWithStems,
  stemmedGroups,
  toMeilisearchSynonyms,
  buildSynonymSettings,
  synonymsOf,
  phraseSeparatedQuery,
  synonymsPath,
  MEILI_MAX_SYNONYMS_PER_TERM,
  MEILI_MAX_SYNONYM_WORDS_PER_TERM,
  MEILI_MAX_SYNONYM_KEY_WORDS,
  type SynonymGroup,
  type MeilisearchSynonyms,
} from './synonyms.js';
export { transliterationVariants, cyrillicToLatin, latinToCyrillic } from './transliterate.js';
export { queryTerms, MAX_QUERY_TERMS, type QueryTerm, type QueryTermKind } from './query-terms.js';
export {
  fallbackQueries,
  rarity,
  FALLBACK_COMBINED_WORDS,
  FALLBACK_EXACT_FROM_WORDS,
  type DocumentFrequencies,
  type FallbackQuery,
} from './fallback-queries.js';
export { rerankTerms, type RerankTerm } from './rerank-terms.js';
export { beyondWindowScore, rerank, rerankedPage, stemWeights, termScore, RERANK_OPTIONS, type RerankCandidate, type RerankOptions } from './rerank.js';
export {
  distillQuery,
  prepareSearchQuery,
  MEILI_MAX_QUERY_WORDS,
  type DistilledQuery,
  type PreparedSearchQuery,
} from './distill-query.js';
export { queryMarks, markText, type QueryMarks } from './query-marks.js';
export { escapeHtml } from './html.js';
