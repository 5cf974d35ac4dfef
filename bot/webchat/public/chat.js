/* GET /chat: Web Chat for a customer. Production: the bank's website gives the token (#token=…). Local mode: an anonymous id. */
(function () {
  'use strict';
  var B = window.BankWebChat;
  var CONVERSATION_KEY = 'bank-webchat-conversation';
  var SITE_TOKEN_KEY = 'bank-webchat-site-token';
  var element = document.getElementById('webchat');
  var status = document.getElementById('status');
  var language = B.initialLanguage();
  var strings = B.applyLanguage(language);
  var current = null;

  document.querySelectorAll('button[data-language]').forEach(function (button) {
    button.addEventListener('click', function () {
      language = button.getAttribute('data-language');
      strings = B.applyLanguage(language);
      if (current) B.render(element, current.line, current.store, strings, current.userId);
    });
  });

  /** The web user's token: from the bank's website (kept for this tab only), or made for the local anonymous id. */
  function userToken(config) {
    var fromSite = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromSite) {
      sessionStorage.setItem(SITE_TOKEN_KEY, fromSite);
      history.replaceState(null, '', location.pathname + location.search);
    }
    var token = fromSite || sessionStorage.getItem(SITE_TOKEN_KEY);
    if (token) return Promise.resolve(token);
    if (!config.localMode) return Promise.resolve(null);
    return B.postJson('/webchat/token', { userId: B.anonymousUserId('bank-webchat-user') }).then(function (r) { return r.token; });
  }

  function start(token, resume) {
    var saved = resume ? B.saved(CONVERSATION_KEY) : null;
    var line = saved
      ? B.directLine({ token: saved.token, conversationId: saved.conversationId })
      : B.directLine({ token: token, conversationStartProperties: { locale: strings.locale } });
    B.onFailure(line, function () {
      sessionStorage.removeItem(CONVERSATION_KEY);
      if (saved) {
        line.end();
        start(token, false);
      } else {
        status.textContent = strings.unavailable;
      }
    });
    B.remember(CONVERSATION_KEY, line);
    current = { line: line, store: window.WebChat.createStore(), userId: B.userIdOf(token) };
    status.textContent = '';
    B.render(element, current.line, current.store, strings, current.userId);
  }

  status.textContent = strings.connecting;
  fetch('/webchat/config')
    .then(function (response) { return response.json(); })
    .then(function (config) {
      if (!config.available) throw new Error('unavailable');
      return userToken(config).then(function (token) {
        if (!token) {
          status.textContent = strings.noToken;
          return;
        }
        start(token, true);
      });
    })
    .catch(function () { status.textContent = strings.unavailable; });
})();
