#!/usr/bin/env node
/**
 * Build step (after tsc): every word form of the Spanish dictionary (`dictionary-es`, expanded
 * as nspell does by dist/constructs/hunspell-words.js) → dist/data/es-words.pwl, a front-coded
 * sorted list (src/constructs/word-list.ts) that the OCR repair loads in milliseconds instead of
 * expanding the dictionary in every process. Without it the repair still works, building the
 * forms from `dictionary-es` at first use.
 */
import {mkdirSync, writeFileSync} from 'node:fs'

const root = new URL('../', import.meta.url)
const {hunspellForms} = await import(new URL('dist/constructs/hunspell-words.js', root).href)
const {encodeWordList} = await import(new URL('dist/constructs/word-list.js', root).href)
const {default: dictionary} = await import('dictionary-es')

const forms = await hunspellForms(dictionary)
if (!forms) {
  console.warn('gen-ocr-words: dictionary-es uses affix features hunspell-words.ts does not model; the OCR repair will use nspell')
} else {
  mkdirSync(new URL('dist/data/', root), {recursive: true})
  writeFileSync(new URL('dist/data/es-words.pwl', root), encodeWordList(forms))
}
