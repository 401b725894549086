package app.claimgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.claimgraph.api.ApiError;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** A subscriber's queue: what it has not taken yet waits, in order, up to its bound; beyond, a coded end. */
class BoundedSubscriptionTest {

    @Test
    void aSlowSubscriberGetsItsItemsInOrderUpToTheBoundThenACodedEnd() {
        BroadcastProcessor<Integer> source = BroadcastProcessor.create();
        AssertSubscriber<Integer> slow = LiveUpdates.bounded(source, 3).subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<Integer> keeping = LiveUpdates.bounded(source, 3).subscribe().withSubscriber(AssertSubscriber.create(0));
        for (int i = 1; i <= 3; i++) {
            source.onNext(i); // a commit of three claims, emitted at once: both hold them
        }
        keeping.request(3);
        slow.request(2);
        assertEquals(List.of(1, 2, 3), keeping.getItems());
        assertEquals(List.of(1, 2), slow.getItems());
        source.onNext(4);
        source.onNext(5);
        source.onNext(6); // the slow one holds 3, 4, 5 and cannot take 6
        keeping.request(3);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), keeping.getItems());
        slow.request(10);
        ApiError end = assertInstanceOf(ApiError.class, slow.getFailure());
        assertEquals(LiveUpdates.TOO_SLOW, end.getExtensions().get("code"));
    }
}
