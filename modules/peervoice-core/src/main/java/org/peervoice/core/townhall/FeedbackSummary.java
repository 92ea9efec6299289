package org.peervoice.core.townhall;

import java.util.List;
import java.util.Map;

/**
 * What moderators see of a town hall's feedback: with fewer than {@link TownHallLimits#SMALL_GROUP} responses only their
 * number, since a distribution or a comment of a handful of people may tell who gave it.
 */
public final class FeedbackSummary {

	private final long responseCount;
	private final boolean distributionShown;
	private final Map<String, Long> ratings;
	private final Map<String, Long> answered;
	private final Double averageRating;
	private final List<String> comments;

	FeedbackSummary(long responseCount, Map<String, Long> ratings, Map<String, Long> answered, Double averageRating, List<String> comments) {
		this.responseCount = responseCount;
		this.distributionShown = responseCount >= TownHallLimits.SMALL_GROUP;
		this.ratings = distributionShown ? ratings : null;
		this.answered = distributionShown ? answered : null;
		this.averageRating = distributionShown ? averageRating : null;
		this.comments = distributionShown ? comments : List.of();
	}

	public long getResponseCount() {
		return responseCount;
	}

	public boolean isDistributionShown() {
		return distributionShown;
	}

	public Map<String, Long> getRatings() {
		return ratings;
	}

	public Map<String, Long> getAnswered() {
		return answered;
	}

	public Double getAverageRating() {
		return averageRating;
	}

	public List<String> getComments() {
		return comments;
	}

}
