package app.claimgraph.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.claimgraph.paging.Cursor;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.api.ApiError;
import app.claimgraph.api.Text;

/** Pure logic: global IDs, cursors, page arguments and text folding. */
class CodecTest {

    private static final Ordering BY_DATE = Ordering.of("claims.STATED_ON", "c.id", false,
            SortColumn.nullsLast("c.stated_on", ValueType.DATE, "DATE '0001-01-01'", false));

    @Test
    void globalIdsRoundTripAndCheckTheirType() throws ApiError {
        String id = GlobalId.encode(GlobalId.ACTOR, "nicolas-maduro");
        assertEquals(new GlobalId("Actor", "nicolas-maduro"), GlobalId.decode(id, "id"));
        assertEquals("nicolas-maduro", GlobalId.decodeKey(id, GlobalId.ACTOR, "id"));
        ApiError wrongType = assertThrows(ApiError.class, () -> GlobalId.decodeKey(id, GlobalId.CLAIM, "claim"));
        assertEquals("claim", wrongType.getExtensions().get("argument"));
        for (String bad : new String[] { "", "%%%", GlobalId.encode("Other", "x"), "QWN0b3I6" }) {
            assertThrows(ApiError.class, () -> GlobalId.decode(bad, "id"), bad);
        }
    }

    @Test
    void cursorsRoundTripTypedValues() throws ApiError {
        Object[] values = { 0, LocalDate.of(2025, 11, 1), 42L };
        String cursor = Cursor.encode(BY_DATE, values);
        assertArrayEquals(values, Cursor.decode(cursor, BY_DATE, "after"));
    }

    @Test
    void cursorsOfAnotherOrderOrShapeAreRefused() {
        Ordering other = Ordering.of("claims.DOCUMENT_ORDER", "c.id", false,
                new SortColumn("c.document_id", ValueType.LONG, false), new SortColumn("c.position", ValueType.INT, false));
        String cursor = Cursor.encode(other, new Object[] { 1L, 2, 3L });
        ApiError e = assertThrows(ApiError.class, () -> Cursor.decode(cursor, BY_DATE, "after"));
        assertEquals(ApiError.BAD_USER_INPUT, e.code());
        assertThrows(ApiError.class, () -> Cursor.decode(Cursor.encode(BY_DATE.reversed(), new Object[] { 0, LocalDate.EPOCH, 1L }),
                Ordering.of("claims.STATED_ON", "c.id", true, SortColumn.nullsLast("c.stated_on", ValueType.DATE, "x", true)), "after"));
        assertThrows(ApiError.class, () -> Cursor.decode("bm90IGpzb24", BY_DATE, "after"));
    }

    @Test
    void pageArgumentsAreChecked() throws ApiError {
        assertEquals(PageArgs.DEFAULT_SIZE, PageArgs.of(null, null, null, null, BY_DATE).size());
        assertEquals(true, PageArgs.of(null, null, 5, null, BY_DATE).backward());
        assertThrows(ApiError.class, () -> PageArgs.of(101, null, null, null, BY_DATE));
        assertThrows(ApiError.class, () -> PageArgs.of(-1, null, null, null, BY_DATE));
        assertThrows(ApiError.class, () -> PageArgs.of(1, null, 1, null, BY_DATE));
        assertThrows(ApiError.class, () -> PageArgs.of(1, null, null, "x", BY_DATE));
    }

    @Test
    void foldingIgnoresCaseAccentsAndTypographicApostrophes() {
        assertEquals("nicolas maduro", Text.fold("Nicolás  MADURO"));
        assertEquals("uk's", Text.fold("UK’s"));
        assertEquals("%100\\%\\_x%", Text.containsPattern("100%_X"));
    }
}
