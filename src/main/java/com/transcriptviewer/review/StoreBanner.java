package com.transcriptviewer.review;

import com.transcriptviewer.review.ReviewViewModel.Tone;
import com.transcriptviewer.store.StoreStatus;
import com.transcriptviewer.text.SizeFormat;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The review panel's banner: where verdicts are saved and whether anything waits to be sent, and how loud to say it. */
final class StoreBanner {

    private final ReadOnlyStringWrapper banner;
    private final ReadOnlyStringWrapper bannerDetail;
    private final ReadOnlyObjectWrapper<Tone> bannerTone;

    /** {@code bean}: the view-model whose properties these are. */
    StoreBanner(Object bean) {
        banner = new ReadOnlyStringWrapper(bean, "banner", "");
        bannerDetail = new ReadOnlyStringWrapper(bean, "bannerDetail", "");
        bannerTone = new ReadOnlyObjectWrapper<>(bean, "bannerTone", Tone.QUIET);
    }

    /** Says where {@code service}'s store stands now. */
    void show(ReviewService service) {
        switch (service.state()) {
            case OPENING -> setBanner("Opening the review database…", "", Tone.QUIET);
            case FAILED ->
                setBanner(
                        service.openProblem() + " Verdicts cannot be saved until the app is started again.",
                        "",
                        Tone.DANGER);
            case CLOSED -> setBanner("", "", Tone.QUIET);
            case OPEN -> service.status().ifPresent(this::showStatus);
        }
    }

    private void showStatus(StoreStatus status) {
        int pending = status.pending();
        String verdicts = SizeFormat.count(pending) + (pending == 1 ? " verdict" : " verdicts");
        if (status.mode() == StoreStatus.Mode.LOCAL) {
            setBanner("Verdicts are saved on " + status.location() + ".", "", Tone.QUIET);
        } else if (!status.reachable()) {
            setBanner(
                    "Team server unreachable — " + verdicts + " kept on this computer, sent when it is back",
                    status.problem(),
                    Tone.WARNING);
        } else if (pending > 0) {
            setBanner("Sending " + verdicts + " to the team server…", status.location(), Tone.QUIET);
        } else {
            setBanner("Verdicts are saved on the team server " + status.location() + ".", "", Tone.QUIET);
        }
    }

    private void setBanner(String text, String detail, Tone tone) {
        bannerTone.set(tone);
        bannerDetail.set(detail);
        banner.set(text);
    }

    ReadOnlyStringProperty textProperty() {
        return banner.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailProperty() {
        return bannerDetail.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Tone> toneProperty() {
        return bannerTone.getReadOnlyProperty();
    }
}
