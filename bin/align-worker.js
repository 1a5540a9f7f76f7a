// A worker thread of `align --jobs` or `align --stream --jobs`: runs the CLI bundle the main thread
// runs, compiled with its code cache (`loadBundle` in `align.js`), and serves the files or the
// documents the main thread hands it (`serveWorker`). The main thread starts this script only when
// it runs the bundle itself.
'use strict';
/* global require, __filename */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script imports with require() */
const { workerData } = require('node:worker_threads');
const { loadBundle } = require('./align.js');

const { length, lock, kind } = workerData.boot;
const loaded = loadBundle(length, lock);
if (!loaded) throw new Error(`the CLI bundle is missing beside ${__filename}`);
void loaded.main.serveWorker(kind);
