// How much of the entered/left history is kept. Counts are kept for every run forever (they are a
// few numbers); the member keys behind them are kept for the latest runs only, and each list is cut
// at a limit, so a segment of millions that churns daily cannot fill the browser's storage.
export const KEYS_PER_LIST = 10_000;
export const RUNS_WITH_KEYS = 20;
