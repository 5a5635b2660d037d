/**
 * Short Norwegian names people type for facts on the command line
 * (`/reserved-contract-check verdi=450000 andel=35 hovedformål=ja`), and words
 * they use for enum values. The canonical fact names always work too.
 */
export const FACT_ALIASES: Record<string, string[]> = {
  estimatedValueNok: ['verdi', 'kontraktsverdi', 'beløp', 'belop', 'value'],
  buyerType: ['oppdragsgiver', 'kjøper', 'kjoper', 'buyer'],
  serviceCategory: ['kategori', 'tjeneste', 'tjenestetype', 'category'],
  supplierMainPurposeIntegration: ['hovedformål', 'hovedformal', 'formål', 'formal', 'integrering'],
  disadvantagedEmployeeSharePercent: ['andel', 'andel_vanskeligstilte', 'vanskeligstilte', 'share'],
  buyerControlsSupplier: ['kontroll', 'kontrollerer', 'control'],
  jointControl: ['felleskontroll', 'felles_kontroll', 'felles'],
  activityForControllingBuyersPercent: ['aktivitet', 'aktivitet_for_eiere', 'eieraktivitet', 'andel_for_eiere'],
  privateOwnershipPercent: ['privat', 'privat_eierandel', 'privateierandel', 'private'],
  publicOwnershipPercent: ['offentlig', 'offentlig_eierandel', 'offentligeierandel'],
  supplierIsContractingAuthority: ['leverandør_er_oppdragsgiver', 'offentlig_leverandør', 'offentlig_leverandor'],
  cooperationForCommonPublicTasks: ['samarbeid', 'felles_oppgaver'],
  governedByPublicInterestOnly: ['allmenn_interesse', 'offentlig_interesse', 'allmenninteresse'],
  openMarketActivityPercent: ['markedsandel', 'andel_marked', 'marked'],
  measure: ['tiltak'],
  organisationForm: ['organisasjonsform', 'selskapsform', 'form'],
  newProvider: ['ny', 'ny_leverandør', 'ny_leverandor', 'ny_arrangør', 'ny_arrangor'],
  measureIsPrimaryActivity: ['primær', 'primaer', 'primærvirksomhet', 'hovedaktivitet'],
  otherActivities: ['andre_aktiviteter', 'aktiviteter', 'annen_aktivitet'],
  surplusStaysInCompany: ['overskudd', 'overskudd_blir'],
  paysDividend: ['utbytte'],
  ownsOrControlsOtherBusiness: ['annen_virksomhet', 'eier_annen', 'datterselskap'],
  separateAccountsPerMeasure: ['regnskap', 'eget_regnskap', 'separat_regnskap'],
  socialActivitiesForDisadvantagedPrimary: ['sosiale_aktiviteter', 'sosial_primær', 'sosial_primaer'],
  supplierIsOwnMunicipalEnterprise: ['eget_kf', 'kf', 'kommunalt_foretak'],
};

/** Words for enum values, by the value they mean. */
export const VALUE_ALIASES: Record<string, string[]> = {
  state: ['stat', 'staten', 'statlig'],
  municipality: ['kommune', 'kommunen', 'kommunal'],
  county: ['fylke', 'fylkeskommune', 'fylkeskommunen'],
  'other-public': ['annen', 'annet', 'annen-offentlig', 'annet-offentlig', 'offentlig'],
  'goods-services': ['varer', 'tjenester', 'vare', 'tjeneste', 'varer-tjenester', 'ordinær', 'ordinaer'],
  'health-social': ['helse', 'sosial', 'helse-sosial', 'helse-og-sosial'],
  building: ['bygg', 'anlegg', 'bygg-anlegg', 'bygge'],
  VTA: ['vta', 'varig-tilrettelagt-arbeid'],
  AFT: ['aft', 'arbeidsforberedende-trening'],
  AS: ['as', 'aksjeselskap'],
  'ideell-organisasjon': ['ideell', 'ideell-org'],
  'kommunalt-foretak': ['kf', 'kommunalt'],
  'interkommunalt-selskap': ['iks', 'interkommunalt'],
};
