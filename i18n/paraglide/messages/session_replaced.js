/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_ReplacedInputs */

const en_session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating.`)
};

const de_session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray wurde anderswo mit derselben Anwendung angemeldet, daher aktualisiert sich diese Kopie nicht mehr.`)
};

const fr_session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray a été connecté ailleurs avec la même application : cette copie a donc cessé de se mettre à jour.`)
};

/**
* | output |
* | --- |
* | "UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating." |
*
* @param {Session_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_replaced = /** @type {((inputs?: Session_ReplacedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_ReplacedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_replaced(inputs)
	if (locale === "fr") return fr_session_replaced(inputs)
	return en_session_replaced(inputs)
});