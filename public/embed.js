/*! embed.js: fits this site's embedded pages to their content.
 * Copyright (c) 2026 the school-best-practice contributors. MIT License: https://opensource.org/license/mit */
(function () {
  'use strict';

  // Keep in step with src/lib/embed/message.ts: tests/unit/embed-script.test.ts checks they agree.
  var TYPE = 'school-best-practice:height';
  var VERSION = 1;
  var MAX_HEIGHT = 20000;

  function readOwnValue(object, key) {
    // A getter's descriptor has no value, so a getter is never run and reads as undefined.
    var descriptor = Object.getOwnPropertyDescriptor(object, key);
    return descriptor && descriptor.value;
  }

  function readHeight(data) {
    try {
      if (typeof data !== 'object' || data === null) return null;
      var proto = Object.getPrototypeOf(data);
      if (proto !== null && Object.getPrototypeOf(proto) !== null) return null;
      if (Reflect.ownKeys(data).length !== 3) return null;
      if (readOwnValue(data, 'type') !== TYPE || readOwnValue(data, 'version') !== VERSION) return null;
      var height = readOwnValue(data, 'height');
      if (typeof height !== 'number' || !Number.isFinite(height)) return null;
      if (height <= 0 || height > MAX_HEIGHT) return null;
      return Math.ceil(height);
    } catch {
      return null;
    }
  }

  function parseUrl(value) {
    try {
      return new URL(value);
    } catch {
      return null;
    }
  }

  // The site is wherever this script was served from; currentScript is null only in old browsers.
  function findOwnScript() {
    if (document.currentScript) return document.currentScript;
    var scripts = document.getElementsByTagName('script');
    for (var i = 0; i < scripts.length; i++) {
      var url = parseUrl(scripts[i].src);
      if (url && /\/embed\.js$/.test(url.pathname)) return scripts[i];
    }
    return null;
  }

  var script = findOwnScript();
  var siteUrl = script && parseUrl(script.src);
  if (!siteUrl) return;
  var origin = siteUrl.origin;
  // The site may live in a sub-folder: its embed pages sit next to this script, under embed/.
  var embedPath = siteUrl.pathname.replace(/embed\.js$/, '') + 'embed/';

  function isEmbedFrame(frame) {
    var url = parseUrl(frame.src);
    return url !== null && url.origin === origin && url.pathname.indexOf(embedPath) === 0;
  }

  // A frame that finished loading before this script ran has already posted its height, and that
  // message was missed: ask each of our frames to measure again, now and whenever a frame loads.
  var MEASURE = { type: 'school-best-practice:measure', version: 1 };
  function askForHeights() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var target = frames[i].contentWindow;
      if (target && typeof target.postMessage === 'function' && isEmbedFrame(frames[i]))
        target.postMessage(MEASURE, origin);
    }
  }
  askForHeights();
  if (document.addEventListener) {
    document.addEventListener(
      'load',
      function (event) {
        if (event.target && event.target.tagName === 'IFRAME') askForHeights();
      },
      true,
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.source) return;
    var height = readHeight(event.data);
    if (height === null) return;
    // Looked up on every message so frames added after this script loaded are found too.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && isEmbedFrame(frames[i])) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
