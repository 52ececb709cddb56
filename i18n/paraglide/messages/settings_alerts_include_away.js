/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Alerts_Include_AwayInputs */

const en_settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For tagged people, also when they come back from Away or leave Do Not Disturb`)
};

const de_settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei markierten Personen auch, wenn sie von „Abwesend“ zurückkommen oder „Nicht stören“ beenden`)
};

const fr_settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour les personnes marquées, aussi quand elles reviennent d’« Absent » ou quittent « Ne pas déranger »`)
};

/**
* | output |
* | --- |
* | "For tagged people, also when they come back from Away or leave Do Not Disturb" |
*
* @param {Settings_Alerts_Include_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_alerts_include_away = /** @type {((inputs?: Settings_Alerts_Include_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Alerts_Include_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_alerts_include_away(inputs)
	if (locale === "fr") return fr_settings_alerts_include_away(inputs)
	return en_settings_alerts_include_away(inputs)
});