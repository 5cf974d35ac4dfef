/* What the chat page and the console share: identity, the Direct Line object, Web Chat itself. */
(function () {
  'use strict';
  var WebChat = window.WebChat;
  var DOMAIN = location.origin + '/v3/directline';
  var STATUS = { online: 2, failed: 4, ended: 5 };

  /** A phone-sized, high-contrast Web Chat; quick replies wrap instead of scrolling sideways. */
  var STYLE = {
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
    bubbleMaxWidth: 480,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    accent: '#0b5cad',
    subtle: '#595959',
    timestampColor: '#595959',
    sendBoxHeight: 48,
  };

  /** An id for this browser, kept in it: the bot knows nothing more of an anonymous local user. */
  function anonymousUserId(key) {
    var id = localStorage.getItem(key);
    if (!id) {
      var bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = 'web-' + Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
      localStorage.setItem(key, id);
    }
    return id;
  }

  function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) throw new Error(url + ' answered ' + response.status);
        return response.json();
      });
  }

  /** The web user id inside a token (its first part is plain base64url JSON; only the server checks it). */
  function userIdOf(token) {
    try {
      return JSON.parse(atob(token.split('.')[0].replace(/-/g, '+').replace(/_/g, '/'))).sub;
    } catch (e) {
      return undefined;
    }
  }

  function directLine(options) {
    return WebChat.createDirectLine(Object.assign({ domain: DOMAIN, webSocket: false, pollingInterval: 200 }, options));
  }

  /** Keeps the conversation (id and token) for this tab, so that a reload picks it up where it was. */
  function remember(key, line) {
    var save = function () {
      if (line.conversationId && line.token) {
        sessionStorage.setItem(key, JSON.stringify({ conversationId: line.conversationId, token: line.token }));
      }
    };
    line.connectionStatus$.subscribe(function (status) { if (status === STATUS.online) save(); });
    addEventListener('pagehide', save);
  }

  function saved(key) {
    try {
      var value = JSON.parse(sessionStorage.getItem(key) || 'null');
      return value && value.conversationId && value.token ? value : null;
    } catch (e) {
      return null;
    }
  }

  function onFailure(line, callback) {
    var called = false;
    line.connectionStatus$.subscribe(function (status) {
      if (!called && (status === STATUS.failed || status === STATUS.ended)) {
        called = true;
        callback();
      }
    });
  }

  /** Renders Web Chat in `element`; call again with another language to switch. */
  function render(element, line, store, strings, userId) {
    WebChat.renderWebChat({ directLine: line, store: store, locale: strings.locale, userID: userId, styleOptions: STYLE }, element);
  }

  Object.assign(window.BankWebChat, {
    anonymousUserId: anonymousUserId, postJson: postJson, userIdOf: userIdOf, directLine: directLine,
    remember: remember, saved: saved, onFailure: onFailure, render: render,
  });
})();
