/*
 * Instellingen van de chat op deze pagina.
 *
 * socketUrl: adres van de Rasa-server met het socketio-kanaal (alleen schema, host en poort).
 *            Zonder aanpassing: http://localhost:5005. Per bezoek te overschrijven met
 *            ?socket=https://chat.voorbeeld.nl in de adresbalk.
 * socketPath: pad van socket.io op die server (standaard van Rasa: /socket.io/).
 * initPayload: wat de chat bij een nieuw gesprek naar Rasa stuurt (de begroeting).
 */
window.WLZ_CHAT_CONFIG = {
  socketUrl: "http://localhost:5005",
  socketPath: "/socket.io/",
  initPayload: "/groet"
};
