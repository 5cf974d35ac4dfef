/* GET /console: the chat beside what the bot made of each turn (its traces), with support shortcuts. */
(function () {
  'use strict';
  var B = window.BankWebChat;
  var CONVERSATION_KEY = 'bank-console-conversation';
  var userId = B.anonymousUserId('bank-console-user');
  var element = document.getElementById('webchat');
  var turns = document.getElementById('turns');
  var status = document.getElementById('status');
  var language = B.initialLanguage();
  var strings = B.applyLanguage(language);
  var current = null;
  var customers = [];
  var pendingRecognizer = {};

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function row(list, term, value) {
    list.appendChild(el('dt', term));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.appendChild(value);
    list.appendChild(dd);
  }

  /** One turn, newest first: the words, the top intents with scores, the entities, the period, the dialog and the time. */
  function showTurn(summary, recognizer) {
    var result = recognizer && recognizer.recognizerResult;
    var item = el('li', undefined, 'turn');
    item.setAttribute('data-dialog', summary.dialog);
    item.appendChild(el('h3', result ? strings.quote(result.text) : strings.welcomeTurn));
    var list = el('dl');
    if (result) {
      var top = Object.keys(result.intents)
        .map(function (name) { return { name: name, score: result.intents[name].score || 0 }; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 3)
        .map(function (i) { return i.name + ' ' + i.score.toFixed(2); })
        .join(', ');
      row(list, strings.intents, top);
      var entities = Object.assign({}, result.entities);
      var period = entities.period;
      delete entities.period;
      row(list, strings.entities, el('pre', JSON.stringify(entities, null, 1)));
      row(list, strings.period, period ? period.map(function (p) { return p.start + ' → ' + p.end; }).join(', ') : '—');
    }
    row(list, strings.dialog, summary.dialog);
    row(list, strings.duration, summary.ms + ' ms');
    item.appendChild(list);
    turns.insertBefore(item, turns.firstChild);
  }

  /** Web Chat middleware: traces are not shown in the chat; the console reads them here. */
  function traceReader() {
    return function () {
      return function (next) {
        return function (action) {
          var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
          if (activity && activity.type === 'trace') {
            if (activity.label === 'Recognizer Result') pendingRecognizer[activity.replyToId] = activity.value;
            if (activity.label === 'Turn') {
              showTurn(activity.value, pendingRecognizer[activity.replyToId]);
              delete pendingRecognizer[activity.replyToId];
            }
          }
          return next(action);
        };
      };
    };
  }

  function connect(conversation) {
    turns.textContent = '';
    var line = B.directLine({ token: conversation.token, conversationId: conversation.conversationId });
    B.onFailure(line, function () {
      sessionStorage.removeItem(CONVERSATION_KEY);
      line.end();
      startNew();
    });
    B.remember(CONVERSATION_KEY, line);
    current = { line: line, store: window.WebChat.createStore({}, traceReader()) };
    document.getElementById('download').href = '/console/api/conversations/' + encodeURIComponent(conversation.conversationId) + '/transcript';
    B.render(element, current.line, current.store, strings, userId);
  }

  function startNew() {
    B.postJson('/console/api/conversations', { userId: userId, locale: strings.locale }).then(connect);
  }

  function send(text) {
    current.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }

  function showCustomers() {
    var box = document.getElementById('customers');
    box.textContent = '';
    customers.forEach(function (customer) {
      var link = el('button', strings.linkAs + ' ' + customer.name);
      link.type = 'button';
      link.addEventListener('click', function () {
        B.postJson('/console/api/link-code', { customerId: customer.id }).then(function (r) { send(r.text); });
      });
      var event = el('button', strings.sampleEvent + ' ' + customer.name);
      event.type = 'button';
      event.addEventListener('click', function () {
        B.postJson('/console/api/sample-event', { customerId: customer.id })
          .then(function (r) { status.textContent = strings.eventSent + r.notifications; })
          .catch(function () { status.textContent = strings.eventFailed; });
      });
      box.appendChild(link);
      box.appendChild(event);
    });
  }

  document.querySelectorAll('button[data-language]').forEach(function (button) {
    button.addEventListener('click', function () {
      language = button.getAttribute('data-language');
      strings = B.applyLanguage(language);
      showCustomers();
      if (current) B.render(element, current.line, current.store, strings, userId);
    });
  });
  document.getElementById('reset').addEventListener('click', function () {
    sessionStorage.removeItem(CONVERSATION_KEY);
    if (current) current.line.end();
    startNew();
  });

  fetch('/console/api/customers').then(function (r) { return r.json(); }).then(function (list) {
    customers = list;
    showCustomers();
  });
  var saved = B.saved(CONVERSATION_KEY);
  if (saved) connect(saved);
  else startNew();
})();
