package org.migrationdialogue.pipeline.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server in the test JVM: S3Proxy over jclouds' in-memory ({@code transient}) blob store, on a free
 * loopback port, checking AWS signatures (V2 or V4) against its own credentials. It counts the listings it answered
 * (each LIST request, a page of up to 1,000 keys, is one listing of its blob store).
 */
public final class S3ProxyServer {

    public static final String ACCESS_KEY = "s3it-access-key";
    public static final String SECRET_KEY = "s3it-secret-key";

    private final BlobStoreContext store;
    private final S3Proxy proxy;
    private final AtomicLong listings;

    private S3ProxyServer(BlobStoreContext store, S3Proxy proxy, AtomicLong listings) {
        this.store = store;
        this.proxy = proxy;
        this.listings = listings;
    }

    public static S3ProxyServer start() throws Exception {
        BlobStoreContext store = ContextBuilder.newBuilder("transient")
                .credentials("transient-identity", "transient-credential")
                .build(BlobStoreContext.class);
        AtomicLong listings = new AtomicLong();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(counting(store.getBlobStore(), listings))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        return new S3ProxyServer(store, proxy, listings);
    }

    /** The blob store, counting each listing of a container's blobs ({@code list(container, options)}). */
    private static BlobStore counting(BlobStore blobs, AtomicLong listings) {
        return (BlobStore) Proxy.newProxyInstance(
                BlobStore.class.getClassLoader(), new Class<?>[] {BlobStore.class}, (self, method, arguments) -> {
                    if (method.getName().equals("list") && arguments != null && arguments.length == 2) {
                        listings.incrementAndGet();
                    }
                    try {
                        return method.invoke(blobs, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The LIST requests (pages of a bucket's objects) answered so far. */
    public long listRequests() {
        return listings.get();
    }

    /** The endpoint URL, as S3_ENDPOINT takes it. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A client of this server, made as the ingest-service makes it. */
    public S3Client client() {
        return S3Clients.create(endpoint(), "us-east-1", ACCESS_KEY, SECRET_KEY);
    }

    public void stop() throws Exception {
        proxy.stop();
        store.close();
    }
}
