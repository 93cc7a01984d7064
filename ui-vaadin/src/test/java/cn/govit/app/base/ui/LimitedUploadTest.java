package cn.govit.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;

import cn.govit.app.KaribuViewTest;
import org.junit.jupiter.api.Test;

/**
 * A Vaadin upload of 200 MB, as the browser sends it (the raw body, with its length or streamed), is
 * refused with 413 on the server and the user told the 20 MB limit, with the heap as it was before:
 * the body is made up while it is read, so only the handler could hold it. A small file still arrives.
 */
class LimitedUploadTest extends KaribuViewTest {

    private static final long MB = 1024 * 1024;

    private final List<byte[]> received = new ArrayList<>();

    @Test
    void twoHundredMegabytesAnnouncedByContentLengthAreRefusedUnreadWith413() {
        asDonghuOfficer(() -> {
            Body body = new Body(200 * MB);

            assertThat(upload(body, true)).isEqualTo(413);

            assertThat(body.read).as("refused before reading").isZero();
            assertTold();
        });
    }

    @Test
    void twoHundredMegabytesStreamedAreCutOffAt20MegabytesWith413AndLeaveTheHeapAsItWas() {
        asDonghuOfficer(() -> {
            long before = usedHeapAfterGc();
            Body body = new Body(200 * MB);

            assertThat(upload(body, false)).isEqualTo(413);

            assertThat(body.read).as("read no further than the limit").isLessThanOrEqualTo(20 * MB + 64 * 1024);
            long after = usedHeapAfterGc();
            System.getLogger(getClass().getName())
                    .log(System.Logger.Level.INFO, "heap used before {0}, after {1} bytes", before, after);
            assertThat((double) after).as("heap used before %d, after %d bytes", before, after)
                    .isLessThanOrEqualTo(before * 1.10);
            assertTold();
        });
    }

    @Test
    void aFileWithinTheLimitArrivesWhole() {
        asDonghuOfficer(() -> {
            assertThat(upload(new Body(MB), false)).isEqualTo(200);
            MockVaadin.runUIQueue();

            assertThat(received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize((int) MB));
            NotificationsKt.expectNoNotifications();
        });
    }

    /** Posts {@code body} to a LimitedUpload on the current page and returns the response's status. */
    private int upload(Body body, boolean withLength) {
        LimitedUpload handler = LimitedUpload.toMemory((meta, bytes) -> received.add(bytes));
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        Status response = new Status(VaadinServletResponse.getCurrent());
        HttpServletRequestWrapper post = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getMethod() {
                return "POST";
            }

            @Override
            public String getContentType() {
                return "application/pdf";
            }

            @Override
            public String getHeader(String name) {
                return "X-Filename".equalsIgnoreCase(name) ? "plan.pdf" : super.getHeader(name);
            }

            @Override
            public long getContentLengthLong() {
                return withLength ? body.size : -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return body;
            }
        };
        try {
            handler.handleRequest(new VaadinServletRequest(post, current.getService()),
                    new VaadinServletResponse(response, VaadinServletResponse.getCurrent().getService()),
                    VaadinSession.getCurrent(), upload.getElement());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return response.status;
    }

    private static void assertTold() {
        MockVaadin.runUIQueue();
        NotificationsKt.expectNotifications("文件超过 20 MB 上限，未上传；请压缩或拆分后再上传");
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** A body of {@code size} bytes made up as it is read, counting how much was. */
    private static final class Body extends ServletInputStream {

        private final long size;
        private long read;

        Body(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    /** The status the handler set. */
    private static final class Status extends HttpServletResponseWrapper {

        private int status = 200;

        Status(VaadinServletResponse response) {
            super(response.getHttpServletResponse());
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }
    }
}
