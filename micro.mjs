// ../../tmp/ficha-bench/micro.ts
import { readFileSync } from "node:fs";

// src/text/fold.ts
var TABLE = {};
for (const [plain, accented] of Object.entries({
  a: "\xE1\xE0\xE2\xE4\xE3\xE5\xC1\xC0\xC2\xC4\xC3\xC5",
  e: "\xE9\xE8\xEA\xEB\xC9\xC8\xCA\xCB",
  i: "\xED\xEC\xEE\xEF\xCD\xCC\xCE\xCF",
  o: "\xF3\xF2\xF4\xF6\xF5\xD3\xD2\xD4\xD6\xD5",
  u: "\xFA\xF9\xFB\xFC\xDA\xD9\xDB\xDC",
  n: "\xF1\xD1",
  c: "\xE7\xC7",
  y: "\xFD\xFF\xDD"
})) for (const char of accented) TABLE[char] = plain;
var NON_ASCII = /[^\x00-\x7f]/;
var LATIN = /[áàâäãåÁÀÂÄÃÅéèêëÉÈÊËíìîïÍÌÎÏóòôöõÓÒÔÖÕúùûüÚÙÛÜñÑçÇýÿÝ]/g;
var SPACE = /\s+/g;
function fold(text) {
  let out = text;
  if (NON_ASCII.test(out)) {
    out = out.replace(LATIN, (char) => TABLE[char]);
    if (NON_ASCII.test(out)) out = out.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  return out.toLowerCase().replace(SPACE, " ").trim();
}

// src/constructs/label-match.ts
import { distance } from "fastest-levenshtein";
function foldLabel(text) {
  return fold(text.replace(/^[\s\-*•·]+/, "").replace(/[\s:.\-–]+$/, ""));
}

// ../../tmp/ficha-bench/micro.ts
var lines = readFileSync("/work/main/fixtures/samples/ficha-sello-migrante-2023.txt", "utf8").split("\n").filter((l) => l.trim() && l.length < 90);
var n = 0;
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  for (let k = 0; k < 2e3; k++) for (const l of lines) n += fold(l).length;
  let dt = performance.now() - t;
  console.log("fold", (dt * 1e6 / (2e3 * lines.length)).toFixed(0), "ns/line");
  t = performance.now();
  for (let k = 0; k < 2e3; k++) for (const l of lines) n += foldLabel(l).length;
  dt = performance.now() - t;
  console.log("foldLabel", (dt * 1e6 / (2e3 * lines.length)).toFixed(0), "ns/line", lines.length);
}
