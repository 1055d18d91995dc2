/**
 * Validation and workflow problems, by code (see src/lib/problems.ts and src/lib/errors.ts).
 *
 * Every key is `problem.` and a camelCase name for what is wrong. Two kinds of text:
 * - messages: a whole sentence, ending with a full stop, that an error says as a whole
 *   ("There is no such item.");
 * - field problems: words shown after the name of the field at fault, without a capital or a
 *   full stop ("title" + "must be 300 characters or fewer").
 * Schemas name their limits by the parameters zod gives the issue (`{max}`, `{min}`), so
 * 'problem.maxCharacters' serves every length limit. Numbers are shown as digits.
 */
export const problemMessagesEn = {
  // Words no catalogue has yet (zod's own messages, and the edges outside the domain).
  'problem.untranslated': '{text}',

  // Messages
  'problem.pageNotFound': 'The page you asked for does not exist.',
  'problem.notAllowed': 'You are not allowed to do that.',
  'problem.signInFirst': 'Sign in first.',
  'problem.formExpired':
    'This form has expired or was sent from another site. Go back, reload the page and try again.',
  'problem.fieldsNeedAttention': 'Some fields need attention.',
  'problem.noSuchPage': 'There is no page {page}; the last page is {lastPage}.',
  'problem.badPageNumber': 'The page number must be a whole number from 1 up.',
  'problem.nothingHere': 'There is nothing at this address.',
  'problem.noPostHere': 'There is no post at this address.',
  'problem.noSuchMonth': 'There is no such month in the archive.',
  'problem.nothingInMonth': 'Nothing was published in that month.',
  'problem.noSuchItem': 'There is no such item.',
  'problem.editConflict':
    'Someone else saved this item while you were editing it (it is now at version {version}). Your text did not replace theirs, and it is not lost: it is kept as revision {revision}, which you can compare and restore.',
  'problem.noSuchStory': 'There is no such story.',
  'problem.noSuchRevision': 'There is no revision {number} of this item.',
  'problem.noSuchUser': 'There is no such user.',
  'problem.noSuchToken': 'There is no such token.',
  'problem.noSuchLabel': 'There is no such label.',
  'problem.noSuchMedia': 'There is no such media item.',
  'problem.itemRemoved': 'This page has been removed.',
  'problem.fileRemoved': 'This file has been removed.',
  'problem.bulkReportGone':
    'This report of a bulk action is no longer available. The action was done when it was sent; the desk shows where the items stand now.',
  'problem.cannotTrashItem': 'You may not move this item to the trash.',
  'problem.cannotRestoreItem': 'You may not restore this item.',
  'problem.cannotTrashMedia': 'You may not move this upload to the trash.',
  'problem.mediaInUse':
    'This upload is used by {count} item(s); look at where it is used, then confirm to move it to the trash.',
  'problem.notInTrash': 'That is not in the trash.',
  'problem.alreadyInTrash': 'That is already in the trash.',
  'problem.restoreFirst': 'This item is in the trash: restore it before changing it.',
  'problem.onlyAdministratorsEmptyTrash':
    'Only administrators may remove things from the trash for good.',
  'problem.onlyAdministratorsRemoveDemo': 'Only administrators may remove the demo content.',
  'problem.noCountryHere': 'There is no country here.',
  'problem.noThemeHere': 'There is no theme here.',
  'problem.addressTaken': 'That address is already used by another item.',
  'problem.countryAddressTaken': 'A country with that address exists.',
  'problem.themeAddressTaken': 'A theme with that address exists.',
  'problem.emailTaken': 'A user with that email exists.',
  'problem.signInMismatch': 'That email and password do not match an account.',
  'problem.tooManySignIns': {
    one: 'Too many sign-in attempts. Try again in {count} minute.',
    other: 'Too many sign-in attempts. Try again in {count} minutes.',
  },
  'problem.tooManyResets':
    'Too many reset requests. Try again in {minutes} minutes, or ask an administrator.',
  'problem.linkUnusable': 'This link is unknown, used or expired. Ask for a new one.',
  'problem.tokenExpired': 'This token expired at {expiresAt}. Create a new one at /admin/tokens.',
  'problem.onlyAdministrators': 'Only administrators can do that.',
  'problem.cannotDeactivateYourself': 'You cannot deactivate yourself.',
  'problem.cannotSeeItem': 'You cannot see this item.',
  'problem.cannotEditItem': 'You cannot edit this item.',
  'problem.onlyAuthorSubmits': 'Only the author can submit a draft for review.',
  'problem.cannotApproveItem':
    'You cannot publish this item: it needs an editor of one of its countries.',
  'problem.cannotSendBackItem': 'You cannot send this item back.',
  'problem.cannotUnpublishItem': 'You cannot unpublish this item.',
  'problem.cannotSharePreview': 'You cannot share a preview of this item.',
  'problem.cannotMoveOutOfCountries': 'You cannot move an item out of the countries you edit for.',
  'problem.lastCountryOfPublishedItem':
    'Only an administrator can take every country off a published item: keep at least one of its countries.',
  'problem.lastCountryOfScheduledItem':
    'Only an administrator can take every country off a scheduled item: keep at least one of its countries.',
  'problem.otherCountriesOfPublishedItem': {
    one: 'You cannot add this published item to {countries}: only an editor for {countries} or an administrator can publish there.',
    other:
      'You cannot add this published item to {countries}: only their editors or an administrator can publish there.',
  },
  'problem.otherCountriesOfScheduledItem': {
    one: 'You cannot add this scheduled item to {countries}: only an editor for {countries} or an administrator can publish there.',
    other:
      'You cannot add this scheduled item to {countries}: only their editors or an administrator can publish there.',
  },
  'problem.imagesNeedAltText': 'Images need alt text before this item can be published.',
  'problem.notReadyToPublish': 'This item is not ready to be published.',
  'problem.consentWasWithdrawn': 'Consent to this story was already withdrawn.',
  'problem.searchUnknownCountry':
    'This search cannot be run: the country "{slug}" is not one of the site\'s countries.',
  'problem.searchUnknownTheme':
    'This search cannot be run: the theme "{slug}" is not one of the site\'s themes.',
  'problem.searchUnknownType': 'This search cannot be run: the type is not a kind of content.',
  'problem.searchBadYear': 'This search cannot be run: the year must be a year such as 2021.',
  'problem.cannotUploadMedia': 'You are not allowed to upload media.',
  'problem.onlyOwnUploads': 'You may change only the descriptions of your own uploads.',
  'problem.uploadAcceptedType': 'Upload a {types} file.',
  'problem.emptyFile': 'The file is empty.',
  'problem.fileTooLarge': 'The file is {size}; the limit is {limit}.',
  'problem.unreadableImage': 'The image could not be read.',
  'problem.imageTooLarge': 'The image is too large to process.',

  // Field problems: what is wrong with any field
  'problem.required': 'is required',
  'problem.maxCharacters': 'must be {max} characters or fewer',
  'problem.minCharacters': 'must be at least {min} characters',
  'problem.tooLong': 'is too long',
  'problem.tooLarge': 'is too large',
  'problem.alreadyInUse': 'is already in use',
  'problem.unknownField': 'is not a known field',
  'problem.number': 'must be a number',
  'problem.wholeNumber': 'must be a whole number',
  'problem.pageNumber': 'must be a whole number from 1 up',
  'problem.minNumber': 'must be {min} or more',
  'problem.maxNumber': 'must be {max} or less',
  'problem.zeroOrMore': 'must be zero or more',
  'problem.percentage': 'must be from 0 to 100',
  'problem.percentageNumber': 'must be a number from 0 to 100',
  'problem.string': 'must be a string',
  'problem.trueOrFalse': 'must be true or false',
  'problem.list': 'must be a list',
  'problem.jsonObject': 'must be a JSON object',
  'problem.slugWords': 'must be lowercase words joined by hyphens',
  'problem.languageTag': 'must be a language tag',
  'problem.languageTagExample': 'must be a language tag such as en or fr',
  'problem.emailAddress': 'must be an email address',
  'problem.webAddress': 'must be a web address starting with https:// or http://',
  'problem.calendarDay': 'must be a date (YYYY-MM-DD)',
  'problem.localDateTime': 'must be a date and time without an offset (YYYY-MM-DDTHH:MM)',
  'problem.realDateTime': 'is not a real date and time',
  'problem.isoDateTime': 'must be an ISO 8601 date and time',
  'problem.isoDateTimeWithOffset': 'must be an ISO 8601 date and time with its offset',
  'problem.timeZone': 'must be an IANA time zone such as Asia/Kathmandu or America/New_York',
  'problem.year': 'must be a year',
  'problem.yearFrom': 'must be from {min} on',
  'problem.yearBefore': 'must be before {max}',
  'problem.currencyCode': 'must be a three-letter currency code such as EUR',

  // Field problems: people, labels and organisations
  'problem.userRole': 'must be administrator, editor or contributor',
  'problem.countrySlugs': 'must be country slugs',
  'problem.countriesForEditorsOnly': 'are for editors only',
  'problem.editorNeedsCountry': 'must include at least one for an editor',
  'problem.cannotLeaveAdministrators': 'You cannot take away your own administrator role.',
  'problem.thereIsNoCountry': 'there is no country "{slug}"',
  'problem.thereIsNoTheme': 'there is no theme "{slug}"',
  'problem.thereIsNoOrganization': 'there is no organisation “{name}”',
  'problem.noCountryNamed': 'no country "{slug}"',
  'problem.noOrganizationNamed': 'no organisation "{name}"',
  'problem.country': 'must be a country',
  'problem.notOneOfCountries': '"{slug}" is not one of the site\'s countries',
  'problem.notOneOfThemes': '"{slug}" is not one of the site\'s themes',
  'problem.namesOrganization': 'must name an organisation',
  'problem.maxOrganizations': 'must name {max} organisations or fewer',
  'problem.organizationKind': 'must be trade-union, ngo, network, donor or un-agency',
  'problem.organizationRelationship': 'must be member, partner or other',
  'problem.keepOneCountry': 'must keep at least one country',
  'problem.cannotPublishIn': 'you cannot publish in {countries}',

  // Field problems: tokens
  'problem.numberOfDays': 'must be a number of days',
  'problem.wholeNumberOfDays': 'must be a whole number of days',
  'problem.atLeastOneDay': 'must be at least 1 day',
  'problem.maxDays': 'must be at most {max} days',

  // Field problems: items and their workflow
  'problem.mediaId': 'must be a media id',
  'problem.slugTakenInType': 'is already taken by another item of this type',
  'problem.scheduleNeedsDate': 'is required to schedule an item',
  'problem.sendBackNote': 'is required: tell the author what to change',
  'problem.imagesWithoutAltText': {
    one: '{count} image without alt text: describe each image before publishing',
    other: '{count} images without alt text: describe each image before publishing',
  },
  'problem.featuredImageNeedsAltText': 'the featured image needs alt text before publishing',
  'problem.mediaLibraryImage': 'must be an image from the media library',
  'problem.mediaLibraryPdf': 'must be a PDF from the media library',
  'problem.mediaLibraryFile': 'must be a file from the media library',
  'problem.afterStart': 'must be after the start',
  'problem.maxLines': 'must be {max} lines or fewer',
  'problem.periodEndBeforeStart': 'must not be before the start of the programme period',
  'problem.maxFiles': 'must be {max} files or fewer',
  'problem.fileForLanguageExists': 'has a file already: one file per language',
  'problem.publicationNeedsFile': 'add at least one file before publishing',
  'problem.statementKind': 'must be press-release or call-to-action',
  'problem.maxDemands': 'must be {max} demands or fewer',
  'problem.requiredForCallToAction': 'is required for a call to action',
  'problem.consentForm': 'must be written, recorded or verbal-witnessed',
  'problem.consentWithdrawn': 'was withdrawn: this story cannot be published again',
  'problem.consentNeeded': 'must be recorded before the story is published',
  'problem.consentAlreadyWithdrawn': 'was already withdrawn',
  'problem.iatiOrganisationId':
    'must be an IATI organisation identifier: the agency prefix, a hyphen and the number (such as XM-DAC-41114 or GB-COH-01234567)',

  // Field problems: search and uploads
  'problem.notAContentType': 'is not a kind of content',
  'problem.yearSuchAs': 'must be a year such as 2021',
  'problem.contentStatus': 'must be draft, review, scheduled, published or unpublished',
  'problem.userId': 'must be the id of a user',
  'problem.notBeforeFrom': 'must not be before the from date',
  'problem.notAcceptedFile': 'is not a {types} file',
  'problem.notAcceptedFileIs': 'is not a {types} file (it is {detected})',
  'problem.emptyFileChooseAnother': 'is empty: choose another file',
  'problem.damagedImage':
    'is damaged or not a complete image; export it again and upload the new file',
  'problem.tooManyMegapixels': 'has {megapixels} megapixels; the limit is {limit}',
} as const;
