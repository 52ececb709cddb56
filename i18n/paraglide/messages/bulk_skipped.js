/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_SkippedInputs */

const en_bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact left as they are`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts left as they are`)
	
};

const de_bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt bleibt unverändert`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte bleiben unverändert`)
	
};

const fr_bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact laissé tel quel`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts laissés tels quels`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact left as they are" |
* | * | "{n} contacts left as they are" |
*
* @param {Bulk_SkippedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_skipped = /** @type {((inputs: Bulk_SkippedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_SkippedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_skipped(inputs)
	if (locale === "fr") return fr_bulk_skipped(inputs)
	return en_bulk_skipped(inputs)
});