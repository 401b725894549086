package app.claimgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor this is.")
public enum ActorKind {
    @Description("A sovereign state (the United Kingdom, Venezuela).")
    STATE,
    @Description("A state's executive government or administration.")
    GOVERNMENT,
    @Description("A parliament or one of its chambers (the Russian State Duma).")
    LEGISLATURE,
    @Description("Armed forces or a military command.")
    MILITARY,
    @Description("A named individual (Nicolás Maduro).")
    PERSON,
    @Description("A named organisation that is neither a government nor a media outlet.")
    ORGANIZATION,
    @Description("A news organisation (CNN).")
    MEDIA,
    @Description("A collective without one voice: analysts, allies, communities, networks.")
    GROUP,
    @Description("An unnamed source to whom claims are attributed.")
    ANONYMOUS_SOURCE
}
