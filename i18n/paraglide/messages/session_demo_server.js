/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Demo_ServerInputs */

const en_session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo server (on this computer)`)
};

const de_session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Server (auf diesem Computer)`)
};

const fr_session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur de démonstration (sur cet ordinateur)`)
};

/**
* | output |
* | --- |
* | "Demo server (on this computer)" |
*
* @param {Session_Demo_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_demo_server = /** @type {((inputs?: Session_Demo_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Demo_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_demo_server(inputs)
	if (locale === "fr") return fr_session_demo_server(inputs)
	return en_session_demo_server(inputs)
});