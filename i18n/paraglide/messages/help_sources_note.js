/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Sources_NoteInputs */

const en_help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place: the UCWA reference says Friends and Family see your meeting titles, while older Lync client references say they see neither meeting subjects nor locations. This app follows the UCWA reference: Friends and Family are shown as seeing meeting subjects, and only Workgroup as seeing meeting locations and reaching you on Do Not Disturb. Your administrator's settings can change what is shared.`)
};

const de_help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Woher das stammt: aus der UCWA-Referenz (dem Protokoll, das diese App verwendet) und der Dokumentation von Microsoft zu Lync und Skype for Business. An einer Stelle widersprechen sie sich: Laut UCWA-Referenz sehen Freunde und Familie Ihre Besprechungstitel, laut älteren Referenzen zum Lync-Client sehen sie weder Betreff noch Ort von Besprechungen. Diese App folgt der UCWA-Referenz: Freunde und Familie werden so gezeigt, dass sie Besprechungsbetreffe sehen, und nur die Arbeitsgruppe so, dass sie Besprechungsorte sieht und Sie bei „Nicht stören“ erreichen kann. Die Einstellungen Ihres Administrators können ändern, was geteilt wird.`)
};

const fr_help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`D’où cela vient : de la référence UCWA (le protocole qu’utilise cette application) et de la documentation de Microsoft sur Lync et Skype for Business. Elles se contredisent sur un point : selon la référence UCWA, Amis et famille voient les titres de vos réunions, alors que d’anciennes références du client Lync disent qu’ils n’en voient ni les objets ni les lieux. Cette application suit la référence UCWA : Amis et famille sont indiqués comme voyant les objets des réunions, et seul Groupe de travail comme voyant les lieux des réunions et pouvant vous joindre en mode Ne pas déranger. Les paramètres de votre administrateur peuvent modifier ce qui est partagé.`)
};

/**
* | output |
* | --- |
* | "Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place:..." |
*
* @param {Help_Sources_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_sources_note = /** @type {((inputs?: Help_Sources_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Sources_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_sources_note(inputs)
	if (locale === "fr") return fr_help_sources_note(inputs)
	return en_help_sources_note(inputs)
});