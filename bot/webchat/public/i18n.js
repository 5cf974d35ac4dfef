/* The pages' own words, in French and English (Web Chat translates its own from `locale`). */
(function () {
  'use strict';
  var strings = {
    fr: {
      locale: 'fr-FR',
      title: 'Assistant de votre banque',
      languageGroup: 'Langue',
      conversation: 'Conversation avec l’assistant',
      connecting: 'Connexion…',
      noToken: 'Ouvrez cette page depuis l’espace client du site de votre banque.',
      unavailable: 'Le chat n’est pas disponible pour le moment.',
      consoleTitle: 'Console du support',
      panel: 'Tours de la conversation',
      actions: 'Actions',
      linkAs: 'Lier en tant que',
      sampleEvent: 'Événement de démo pour',
      reset: 'Nouvelle conversation',
      download: 'Télécharger le .transcript',
      noTurn: 'Aucun tour pour l’instant.',
      intents: 'Intentions',
      entities: 'Entités',
      period: 'Période',
      dialog: 'Dialogue',
      duration: 'Durée',
      welcomeTurn: 'Arrivée (accueil)',
      eventSent: 'Événement accepté, notifications\u00a0: ',
      eventFailed: 'Événement refusé.',
      quote: function (text) { return '«\u202f' + text + '\u202f»'; },
    },
    en: {
      locale: 'en-GB',
      title: 'Your bank’s assistant',
      languageGroup: 'Language',
      conversation: 'Conversation with the assistant',
      connecting: 'Connecting…',
      noToken: 'Open this page from your bank’s website, once signed in.',
      unavailable: 'The chat is not available right now.',
      consoleTitle: 'Support console',
      panel: 'Turns of the conversation',
      actions: 'Actions',
      linkAs: 'Link as',
      sampleEvent: 'Sample event for',
      reset: 'New conversation',
      download: 'Download the .transcript',
      noTurn: 'No turn yet.',
      intents: 'Intents',
      entities: 'Entities',
      period: 'Period',
      dialog: 'Dialog',
      duration: 'Time',
      welcomeTurn: 'Arrival (welcome)',
      eventSent: 'Event accepted, notifications: ',
      eventFailed: 'Event refused.',
      quote: function (text) { return '“' + text + '”'; },
    },
  };

  /** The saved choice, else the browser's first French or English language, else French. */
  function initialLanguage() {
    var saved = localStorage.getItem('bank-webchat-language');
    if (saved === 'fr' || saved === 'en') return saved;
    var wanted = navigator.languages || [navigator.language || 'fr'];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (code === 'fr' || code === 'en') return code;
    }
    return 'fr';
  }

  /** Applies a language to the static parts of the page: `data-i18n` elements and the switch buttons. */
  function applyLanguage(language) {
    var s = strings[language];
    document.documentElement.lang = language;
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = s[el.getAttribute('data-i18n')]; });
    document.querySelectorAll('[data-i18n-label]').forEach(function (el) { el.setAttribute('aria-label', s[el.getAttribute('data-i18n-label')]); });
    document.querySelectorAll('button[data-language]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === language));
    });
    localStorage.setItem('bank-webchat-language', language);
    return s;
  }

  window.BankWebChat = { strings: strings, initialLanguage: initialLanguage, applyLanguage: applyLanguage };
})();
