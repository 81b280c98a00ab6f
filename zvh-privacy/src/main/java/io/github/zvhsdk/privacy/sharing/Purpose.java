package io.github.zvhsdk.privacy.sharing;

import static io.github.zvhsdk.model.CaseStatus.ADMITTED;
import static io.github.zvhsdk.model.CaseStatus.REGISTERED;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What data are shared for: the basistaken (SRC-MJA2124 §2.2.4, SRC-BZO2020 §3) and the ZSM agreements
 * (SRC-MJA2124 §3.2.3). Each purpose fixes the case statuses and data categories it allows (sharing.md, the purposes
 * table, revision 2): a closed or handed-over case allows none, a declined one only {@link #REFERRAL_FEEDBACK}. The
 * recipients it allows depend on provider, category and regime and are applied by rule {@code SHARE-RECIPIENT}. The
 * table is the spec's and is not configurable.
 */
public enum Purpose implements Labelled {
    /** Testing a registration against the criteria and enriching it before the first case consultation. */
    SCREENING("screening en verrijking van een aanmelding", "screening and enriching a registration",
            EnumSet.of(REGISTERED, CaseStatus.SCREENING),
            EnumSet.of(DataCategory.IDENTIFYING, DataCategory.BSN, DataCategory.CASE_FACTS,
                    DataCategory.LIFE_DOMAIN_ASSESSMENT, DataCategory.CRIMINAL_JUSTICE, DataCategory.CHILD_PROTECTION,
                    DataCategory.SOCIAL_DOMAIN, DataCategory.FINANCIAL, DataCategory.INCOME, DataCategory.HOUSING,
                    DataCategory.RELATIONS, DataCategory.ENFORCEMENT, DataCategory.CARE, DataCategory.NATIONALITY), false),
    /**
     * The house's answer to the partner that registered the case: admitted, or declined with advice on how to go on
     * (SRC-BZO2020 §3a; rev. 2).
     */
    REFERRAL_FEEDBACK("terugkoppeling aan de aanmelder", "feedback to the referrer",
            EnumSet.of(CaseStatus.SCREENING, ADMITTED, CaseStatus.DECLINED), EnumSet.of(DataCategory.CASE_FACTS), false),
    /** The multidisciplinary case consultation. */
    CASE_CONSULTATION("multidisciplinair casusoverleg", "multidisciplinary case consultation",
            EnumSet.of(ADMITTED), EnumSet.allOf(DataCategory.class), false),
    /** Carrying out and monitoring the plan of approach. */
    PLAN_EXECUTION("uitvoeren en monitoren van het plan van aanpak", "carrying out and monitoring the plan of approach",
            EnumSet.of(ADMITTED), EnumSet.allOf(DataCategory.class), false),
    /** Context for ZSM on a suspect known at the house, and ZSM's disposal decision back (agreements 1 and 3). */
    ZSM_CONTEXT("context voor ZSM en de afdoeningsbeslissing terug", "context for ZSM and its disposal decision back",
            EnumSet.of(ADMITTED), EnumSet.of(DataCategory.CASE_FACTS, DataCategory.CRIMINAL_JUSTICE), false),
    /** Is this person known in a current case at another house. */
    KNOWN_ELSEWHERE_CHECK("bekend in een lopende casus bij een ander huis", "known in a current case at another house",
            EnumSet.of(REGISTERED, CaseStatus.SCREENING, ADMITTED), EnumSet.of(DataCategory.IDENTIFYING, DataCategory.BSN), false),
    /** Signalling trends and advising administrators: aggregated data only. */
    TREND_ANALYSIS("trendanalyse en advies aan bestuurders", "trend analysis and advice to administrators",
            EnumSet.allOf(CaseStatus.class), EnumSet.noneOf(DataCategory.class), true),
    /** Advice to professionals as centre of expertise: aggregated or anonymised data only. */
    EXPERTISE_ADVICE("advies aan professionals als expertisecentrum", "advice to professionals as centre of expertise",
            EnumSet.allOf(CaseStatus.class), EnumSet.noneOf(DataCategory.class), true);

    private final String nl;
    private final String en;
    private final Set<CaseStatus> statuses;
    private final Set<DataCategory> categories;
    private final boolean aggregatedOnly;

    Purpose(String nl, String en, Set<CaseStatus> statuses, Set<DataCategory> categories, boolean aggregatedOnly) {
        this.nl = nl;
        this.en = en;
        this.statuses = Collections.unmodifiableSet(statuses);
        this.categories = Collections.unmodifiableSet(categories);
        this.aggregatedOnly = aggregatedOnly;
    }

    /** @return the case statuses this purpose allows personal data to be shared in; never null */
    public Set<CaseStatus> statuses() {
        return statuses;
    }

    /** @return the categories of personal data this purpose allows; empty for an aggregated-only purpose; never null */
    public Set<DataCategory> categories() {
        return categories;
    }

    /** @return true for {@link #TREND_ANALYSIS} and {@link #EXPERTISE_ADVICE}: no personal data at all */
    public boolean aggregatedOnly() {
        return aggregatedOnly;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
