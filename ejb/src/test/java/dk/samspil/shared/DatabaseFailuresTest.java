package dk.samspil.shared;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @Test
    void aConnectionThatCannotBeMadeOrAnsweredIsAnOutageWhereverItIsWrapped() {
        assertTrue(DatabaseFailures.unreachable(new PersistenceException(new SQLTransientConnectionException("refused"))));
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new SQLException("Socket error", "08000"))));
        assertTrue(DatabaseFailures.unreachable(new SQLException("IJ031019", new ResourceException("IJ000453: Unable to get managed connection"))));
        assertTrue(DatabaseFailures.unreachable(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseFailures.unreachable(new SQLException(new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void aCommitThatCouldNotReachTheDatabaseCarriesItsFailureAsASuppressedException() {
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("IJ001156: Could not commit local transaction",
                new SQLException("Socket fail to connect to 127.0.0.1:3403. Connection refused", "08000")));
        assertTrue(DatabaseFailures.unreachable(rollback));
    }

    @Test
    void aBrokenRuleOrABugIsNot() {
        assertFalse(DatabaseFailures.unreachable(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23000"))));
        assertFalse(DatabaseFailures.unreachable(new IllegalStateException("bug")));
        assertFalse(DatabaseFailures.unreachable(new SQLException("syntax", "42000")));
    }

    @Test
    void theLogLineNamesTheInnermostCauseOnItsFirstLine() {
        assertEquals("ConnectException: Connection refused",
                DatabaseFailures.describe(new PersistenceException("outer", new ConnectException("Connection refused\n\tdetail"))));
    }
}
