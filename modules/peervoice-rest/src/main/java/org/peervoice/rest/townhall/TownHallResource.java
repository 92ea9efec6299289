package org.peervoice.rest.townhall;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.kernel.UnknownItem;

/** The town hall's endpoints as openapi.yaml describes them; served once the core behind them is in place. */
@Path("/v1.0")
@Produces(MediaType.APPLICATION_JSON)
public final class TownHallResource {

	@GET
	@Path("/sites/{siteId}/town-halls")
	public Object listTownHalls() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/sites/{siteId}/town-halls")
	public Object createTownHall() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}")
	public Object townHall() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@PUT
	@Path("/town-halls/{townHallId}")
	public Object editTownHall() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-halls/{townHallId}/state")
	public Object moveTownHall() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/live")
	public Object live() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/questions")
	public Object listQuestions() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-halls/{townHallId}/questions")
	public Object ask() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-halls/{townHallId}/questions/approve")
	public Object approveAll() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/polls")
	public Object polls() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-halls/{townHallId}/polls")
	public Object createPoll() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/feedback")
	public Object feedbackSummary() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-halls/{townHallId}/feedback")
	public Object giveFeedback() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/follow-up")
	public Object followUp() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/export.csv")
	public Object exportCsv() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-halls/{townHallId}/export.json")
	public Object exportJson() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@GET
	@Path("/town-hall-questions/{questionId}")
	public Object question() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@PUT
	@Path("/town-hall-questions/{questionId}")
	public Object editQuestion() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-questions/{questionId}/withdraw")
	public Object withdraw() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-questions/{questionId}/votes")
	public Object vote() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@DELETE
	@Path("/town-hall-questions/{questionId}/votes")
	public Object retractVote() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-questions/{questionId}/moderation")
	public Object moderate() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-polls/{pollId}/state")
	public Object movePoll() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@PUT
	@Path("/town-hall-polls/{pollId}/response")
	public Object answerPoll() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-receipts/lookup")
	public Object lookUp() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-receipts/edit")
	public Object editWithReceipt() {
		throw new UnknownItem("Town halls are not served yet.");
	}

	@POST
	@Path("/town-hall-receipts/withdraw")
	public Object withdrawWithReceipt() {
		throw new UnknownItem("Town halls are not served yet.");
	}
}
