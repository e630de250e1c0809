/*
 * Start de chat (rasa-webchat 1.0.1, node_modules/rasa-webchat/lib/index.js) en maakt hem
 * toegankelijker: Nederlandse aria-labels, antwoordknoppen die met Tab en Enter werken, en
 * klikbare websites, e-mailadressen en telefoonnummers in de antwoorden van de bot.
 */
(function () {
  "use strict";

  var config = window.WLZ_CHAT_CONFIG || {};
  var STANDAARD_SOCKET = "http://localhost:5005";

  // ?socket=https://chat.voorbeeld.nl gaat voor config.js. Alleen http(s); socket.io leest een
  // pad in de URL als namespace, dus we houden alleen schema, host en poort over.
  function kiesSocketUrl() {
    var gevraagd = new URLSearchParams(window.location.search).get("socket");
    if (gevraagd) {
      try {
        var url = new URL(gevraagd);
        if (url.protocol === "http:" || url.protocol === "https:") {
          return url.origin;
        }
      } catch (fout) {
        /* ongeldig adres: val terug op config.js */
      }
      console.warn("Ongeldige ?socket= waarde genegeerd:", gevraagd);
    }
    return config.socketUrl || STANDAARD_SOCKET;
  }

  // ---- Klikbare links in de tekst van de bot (Markdown, dat rasa-webchat al weergeeft) ----
  var WEB = /(^|[\s:])((?:https?:\/\/|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])/g;
  var MAIL = /(^|[\s:(])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w@])/g;
  // Nederlandse nummers zoals "(071) 5 825 888", "088 789 10 00", "0800 33 55 555", "(0800) 0087".
  var TELEFOON = /(^|[\s:])(\(?0\d{2,3}\)?(?:[ -]?\d){4,8})(?!\d)/g;

  function maakLinks(tekst) {
    if (typeof tekst !== "string" || tekst.indexOf("](") !== -1) {
      return tekst; // al Markdown-links: niet aankomen
    }
    return tekst
      .replace(WEB, function (_, voor, adres) {
        var href = /^https?:\/\//.test(adres) ? adres : "https://" + adres;
        return voor + "[" + adres + "](" + href + ")";
      })
      .replace(MAIL, function (_, voor, adres) {
        return voor + "[" + adres + "](mailto:" + adres + ")";
      })
      .replace(TELEFOON, function (geheel, voor, nummer) {
        var cijfers = nummer.replace(/\D/g, "");
        if (cijfers.length < 8 || cijfers.length > 11) {
          return geheel;
        }
        return voor + "[" + nummer + "](tel:" + cijfers + ")";
      });
  }

  // Loopt vóór de eigen verwerking van rasa-webchat (zelfde object), dus ook opgeslagen
  // berichten houden hun links na herladen.
  function botZegtIets(bericht) {
    if (bericht && typeof bericht.text === "string") {
      bericht.text = maakLinks(bericht.text);
    }
  }

  // ---- Toegankelijkheid: labels en toetsenbord ----
  function zet(el, naam, waarde) {
    if (el && el.getAttribute(naam) !== waarde) {
      el.setAttribute(naam, waarde);
    }
  }

  // Vaste toegankelijkheidskenmerken per onderdeel van rasa-webchat: [selector, {kenmerk: waarde}].
  var VASTE_KENMERKEN = [
    [".rw-launcher img, .rw-header img, .rw-send img, .rw-avatar, .rw-message-avatar", { alt: "" }],
    [".rw-conversation-container", { role: "dialog", "aria-label": "Chat met de Wlz-assistent" }],
    [".rw-close-button", { "aria-label": "Chat sluiten", title: "Chat sluiten" }],
    [".rw-toggle-fullscreen-button", { "aria-label": "Volledig scherm aan of uit" }],
    // tabindex: het gesprek is ook met het toetsenbord te scrollen
    [".rw-messages-container", { role: "log", "aria-live": "polite", "aria-label": "Gesprek", tabindex: "0" }],
    [".rw-new-message", { "aria-label": "Uw vraag aan de Wlz-assistent" }],
    [".rw-send", { "aria-label": "Versturen", title: "Versturen" }]
  ];

  function alles(wortel, selector, fn) {
    Array.prototype.forEach.call(wortel.querySelectorAll(selector), fn);
  }

  function verbeter(wortel) {
    var launcher = wortel.querySelector(".rw-launcher");
    var open = !!wortel.querySelector(".rw-conversation-container");
    if (launcher) {
      zet(launcher, "aria-label", open ? "Chat met de Wlz-assistent sluiten" : "Chat met de Wlz-assistent openen");
      zet(launcher, "aria-expanded", open ? "true" : "false");
      zet(launcher, "title", open ? "Chat sluiten" : "Stel uw vraag aan de Wlz-assistent");
      if (launcher.tagName !== "BUTTON") {
        zet(launcher, "role", "button");
        zet(launcher, "tabindex", "0");
      }
    }
    VASTE_KENMERKEN.forEach(function (regel) {
      alles(wortel, regel[0], function (el) {
        Object.keys(regel[1]).forEach(function (naam) {
          zet(el, naam, regel[1][naam]);
        });
      });
    });
    // Antwoordknoppen zijn bij rasa-webchat <div>'s: maak er knoppen van voor toetsenbord en
    // schermlezer. De bestaande klik-afhandeling van React blijft gewoon werken.
    alles(wortel, "div.rw-reply", function (el) {
      zet(el, "role", "button");
      zet(el, "tabindex", "0");
      if (!el.dataset.wlzToets) {
        el.dataset.wlzToets = "1";
        el.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            el.click();
          }
        });
        el.addEventListener("click", function () {
          window.setTimeout(focusInvoer, 50);
        });
      }
    });
    alles(wortel, ".rw-replies", function (el) {
      zet(el, "role", "group");
      zet(el, "aria-label", "Kies een onderwerp");
    });
    alles(wortel, "#wave", function (el) {
      zet(el, "role", "img");
      zet(el, "aria-label", "De Wlz-assistent typt…");
    });
    alles(wortel, ".rw-message a[href^='tel:']", function (a) {
      if (a.hasAttribute("target")) {
        a.removeAttribute("target"); // bellen opent geen nieuw venster
      }
    });
    alles(wortel, ".rw-message a[href]", function (a) {
      if (a.target === "_blank") {
        zet(a, "rel", "noopener noreferrer");
        if (!a.dataset.wlzLabel) {
          a.dataset.wlzLabel = "1";
          zet(a, "aria-label", a.textContent + " (opent in een nieuw venster)");
        }
      }
    });
  }

  // Korte privacytekst onder de kop van het chatvenster; de volledige uitleg geeft de bot zelf
  // op de vraag "wat doen jullie met mijn gegevens?" (action_privacy).
  var PRIVACYTEKST =
    "Deel hier geen BSN of andere persoonsgegevens. Typt u ze toch, dan halen wij ze weg voordat " +
    "het gesprek wordt bewaard. Vraag \u2018privacy\u2019 om te lezen wat er met uw gegevens gebeurt.";

  function toonPrivacy(wortel) {
    var kop = wortel.querySelector(".rw-conversation-container .rw-header");
    if (kop && !wortel.querySelector(".wlz-privacy")) {
      var tekst = document.createElement("p");
      tekst.className = "wlz-privacy";
      tekst.textContent = PRIVACYTEKST;
      kop.insertAdjacentElement("afterend", tekst);
    }
  }

  function focusInvoer() {
    var invoer = document.querySelector("#wlz-chat .rw-new-message");
    if (invoer && !invoer.disabled) {
      invoer.focus();
    }
  }

  // Knop in de pagina: opent de chat (via de launcher) en zet de cursor in het invoerveld.
  function koppelStartknoppen() {
    alles(document, "[data-open-chat]", function (knop) {
      knop.addEventListener("click", function () {
        var wortel = document.getElementById("wlz-chat");
        if (!wortel.querySelector(".rw-conversation-container")) {
          var launcher = wortel.querySelector(".rw-launcher");
          if (launcher) {
            launcher.click();
          }
        }
        window.setTimeout(focusInvoer, 100);
      });
    });
  }

  function start() {
    var wortel = document.getElementById("wlz-chat");
    if (!window.WebChat || typeof window.WebChat.default !== "function") {
      wortel.innerHTML =
        '<p class="chat-fout" role="alert">De chat kon niet worden geladen. ' +
        "Bel ons gerust: (071) 5 825 888.</p>";
      return;
    }
    var socketUrl = kiesSocketUrl();
    wortel.setAttribute("data-socket-url", socketUrl);

    window.WebChat.default(
      {
        socketUrl: socketUrl,
        socketPath: config.socketPath || "/socket.io/",
        initPayload: config.initPayload || "/groet",
        title: "Wlz-assistent",
        subtitle: "Zorgkantoor Zorg en Zekerheid",
        inputTextFieldHint: "Stel uw vraag…",
        connectingText: "Verbinding maken…",
        // Ook zonder verbinding zichtbaar blijven, dan ziet men "Verbinding maken…".
        hideWhenNotConnected: false,
        // Geen Botfront-regels: de chat verschijnt meteen, niet pas na session_confirm.
        withRules: false,
        showCloseButton: true,
        showFullScreenButton: false,
        // Gesprek bewaren in localStorage: blijft na herladen (en na sluiten van de browser).
        params: { storage: "local" },
        customMessageDelay: function (bericht) {
          var wacht = (bericht || "").length * 10;
          return Math.max(400, Math.min(wacht, 1500));
        },
        onSocketEvent: {
          bot_uttered: botZegtIets,
          connect: function () {
            wortel.setAttribute("data-verbonden", "ja");
          },
          disconnect: function () {
            wortel.setAttribute("data-verbonden", "nee");
          }
        }
      },
      wortel
    );

    // Focus volgt het openen en sluiten: na openen naar het invoerveld, na sluiten terug naar
    // de knop rechtsonder (anders raakt een toetsenbordgebruiker de weg kwijt).
    wortel.addEventListener("click", function (e) {
      if (!e.target || !e.target.closest) {
        return;
      }
      if (e.target.closest(".rw-launcher")) {
        window.setTimeout(function () {
          if (wortel.querySelector(".rw-conversation-container")) {
            focusInvoer();
          }
        }, 100);
      } else if (e.target.closest(".rw-close-button")) {
        window.setTimeout(function () {
          var launcher = wortel.querySelector(".rw-launcher");
          if (launcher) {
            launcher.focus();
          }
        }, 100);
      }
    });

    verbeter(wortel);
    toonPrivacy(wortel);
    new MutationObserver(function () {
      verbeter(wortel);
      toonPrivacy(wortel);
    }).observe(wortel, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
    koppelStartknoppen();
  }

  // Voor tests in de browser (window.WlzChat.maakLinks).
  window.WlzChat = { maakLinks: maakLinks, socketUrl: kiesSocketUrl };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
