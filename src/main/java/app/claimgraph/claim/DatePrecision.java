package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date the text gives.")
public enum DatePrecision {
    @Description("Day, month and year are meaningful.")
    DAY,
    @Description("Only month and year are meaningful (the day is the 1st by convention).")
    MONTH,
    @Description("Only the year is meaningful (the date is 1 January by convention).")
    YEAR
}
