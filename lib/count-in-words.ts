const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words, as the guide's prose writes them; 11 and up in digits. */
export function countInWords(count: number): string {
  return numberWords[count] ?? String(count);
}
