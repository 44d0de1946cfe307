/* The stopword package ships no types: the three lists the edition reads (each a list of words). */
declare module 'stopword' {
  export const eng: readonly string[];
  export const fra: readonly string[];
  export const ukr: readonly string[];
}
