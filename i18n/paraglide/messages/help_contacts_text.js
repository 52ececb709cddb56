/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Contacts_TextInputs */

const en_help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someone for status-change alerts to be told once when they become available (and, if you choose, when they come back from Away or leave Do Not Disturb).`)
};

const de_help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zum Hinzufügen und Entfernen von Kontakten und Gruppen braucht Ihr Server den einheitlichen Kontaktspeicher (Unified Contact Store); wo der Server ihn nicht anbietet, werden diese Schaltflächen nicht angezeigt. Markieren Sie jemanden für Statusbenachrichtigungen, um einmal informiert zu werden, wenn die Person verfügbar wird (und, wenn Sie möchten, wenn sie von „Abwesend“ zurückkommt oder „Nicht stören“ beendet).`)
};

const fr_help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouter et retirer des contacts et des groupes nécessite le magasin de contacts unifié de votre serveur ; si le serveur ne le propose pas, ces boutons ne sont pas affichés. Marquez quelqu’un pour les alertes de changement de statut afin d’être averti une fois quand il devient disponible (et, si vous le souhaitez, quand il revient d’« Absent » ou quitte « Ne pas déranger »).`)
};

/**
* | output |
* | --- |
* | "Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someo..." |
*
* @param {Help_Contacts_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_contacts_text = /** @type {((inputs?: Help_Contacts_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Contacts_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_contacts_text(inputs)
	if (locale === "fr") return fr_help_contacts_text(inputs)
	return en_help_contacts_text(inputs)
});