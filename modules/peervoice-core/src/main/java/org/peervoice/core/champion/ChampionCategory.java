package org.peervoice.core.champion;

/** The eight groups of the champion worksheet, in the worksheet's order; a listing is in exactly one. */
public enum ChampionCategory {

	LEADERSHIP, PEER, PROGRAM_MANAGER, STAFF, SUPERVISOR, HUMAN_RESOURCES, FINANCE, CLINICAL_MEDICAL

}
