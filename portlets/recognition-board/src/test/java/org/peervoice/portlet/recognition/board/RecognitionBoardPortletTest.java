package org.peervoice.portlet.recognition.board;

import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class RecognitionBoardPortletTest extends ElementPortletContract {

	RecognitionBoardPortletTest() {
		super("pv-recognition-board", RecognitionBoardPortletKeys.WEB_CONTEXT_PATH, new RecognitionBoardPortlet()::doView);
	}

}
