// The driver's internal symbol for its native handle (lib/util.js); used only by driver.ts.
declare module 'better-sqlite3-multiple-ciphers/lib/util.js' {
  export const cppdb: symbol;
}
