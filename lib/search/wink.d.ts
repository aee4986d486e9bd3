// wink-lemmatizer and wink-lexicon ship no types: the parts the search index uses at build time.

declare module 'wink-lemmatizer' {
  /** The base form of a word read as an inflected noun, verb or adjective; the word itself when it is not one. */
  const lemmatize: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatize;
}

/** WordNet's irregular forms (inflected → base) of each part of speech, which the lemmatizer reads. */
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
/** Every word WordNet knows, in its base forms. */
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Record<string, number>;
  export default words;
}
