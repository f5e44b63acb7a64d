#include "VideoReceiver.h"

#include "AvFrameBuffer.h"
#include "DecodePool.h"
#include "FrameStamp.h"

#include <QUrl>
#include <QUrlQuery>
#include <atomic>
#include <chrono>
#include <cmath>
#include <deque>
#include <mutex>
#include <pthread.h>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

namespace wf::wall {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString avError(int code)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

// Packets waiting for the decoder. Two seconds of a 25 fps stream: more means the decoders are
// far behind (a starved machine), and the wall is better off skipping to the next key frame than
// showing an ever older picture and holding ever more memory.
constexpr std::size_t kMaxQueuedPackets = 50;

} // namespace

// Everything one connection needs, shared by the demux thread, the decode tasks and the
// receiver: whichever lets go last frees it, so closing a tile never waits for either thread.
struct ReceiverSession : std::enable_shared_from_this<ReceiverSession>
{
    VideoReceiver::Options options;
    std::atomic<bool> stop { false };
    std::atomic<qint64> deadlineNs { 0 }; // 0: none
    std::atomic<int> targetWidth { 0 };
    std::atomic<int> targetHeight { 0 };
    std::atomic<int> sourceWidth { 0 };
    std::atomic<int> sourceHeight { 0 };
    std::atomic<int> bitrateKbps { -1 };
    std::atomic<qint64> decoded { 0 };
    std::atomic<qint64> dropped { 0 };
    std::atomic<bool> readStamps { false };

    // The receiver, while it exists; cleared under the lock by its destructor.
    std::mutex ownerLock;
    VideoReceiver *owner = nullptr;
    QVideoFrame latest;
    qint64 latestStamp = -1;
    bool latestPosted = false;

    // The decode strand: packets in order, at most one task of this stream on the pool at a time.
    std::mutex queueLock;
    std::deque<AVPacket *> queue;
    bool draining = false;
    // Joining a live stream mid-GOP, the pictures before the first key frame are grey smears:
    // start decoding at a key frame.
    bool waitForKey = true;
    int skippedForKey = 0; // a stream that never flags a key frame (intra refresh) is decoded anyway

    // Used only by the demux thread until the first packet is queued, then only by the strand.
    AVCodecContext *codec = nullptr;
    SwsContext *scaler = nullptr;
    AVBufferPool *scaledPool = nullptr;
    int scaledPoolSize = 0;
    AVFrame *picture = nullptr;

    ~ReceiverSession()
    {
        for (AVPacket *p : queue)
            av_packet_free(&p);
        av_frame_free(&picture);
        sws_freeContext(scaler);
        av_buffer_pool_uninit(&scaledPool); // freed once the last frame on screen lets go
        avcodec_free_context(&codec);
    }

    static int interrupted(void *opaque)
    {
        auto *self = static_cast<ReceiverSession *>(opaque);
        if (self->stop.load(std::memory_order_relaxed) || DecodePool::instance().shuttingDown())
            return 1;
        const qint64 deadline = self->deadlineNs.load(std::memory_order_relaxed);
        return deadline > 0 && nowNs() > deadline;
    }

    void setDeadline(int ms) { deadlineNs.store(ms > 0 ? nowNs() + qint64(ms) * 1'000'000 : 0); }

    void fail(const QString &why)
    {
        std::lock_guard lock(ownerLock);
        if (!owner || stop.load())
            return;
        QMetaObject::invokeMethod(owner, [o = owner, why] { emit o->failed(why); }, Qt::QueuedConnection);
    }

    void deliver(QVideoFrame frame, qint64 stamp)
    {
        std::lock_guard lock(ownerLock);
        if (!owner)
            return;
        if (latest.isValid())
            dropped.fetch_add(1, std::memory_order_relaxed);
        latest = std::move(frame);
        latestStamp = stamp;
        if (!latestPosted) {
            latestPosted = true;
            QMetaObject::invokeMethod(owner, &VideoReceiver::takeLatest, Qt::QueuedConnection);
        }
    }

    void run();
    bool open(AVFormatContext **fmt, int *videoStream);
    void queuePacket(AVPacket *packet);
    void drain();
    void decode(AVPacket *packet);
    QVideoFrame fitToTarget(const AVFrame *src);
};

bool ReceiverSession::open(AVFormatContext **fmtOut, int *videoStream)
{
    QUrl url(options.url);
    QString transport = options.transport.toLower();
    // The camera file's "?tcp" / "?udp" suffix (FFmpeg's own URL convention) becomes the option.
    if (url.scheme().startsWith(QLatin1String("rtsp")) && url.hasQuery()) {
        QUrlQuery query(url);
        for (const char *t : { "tcp", "udp" }) {
            if (query.hasQueryItem(QLatin1String(t))) {
                query.removeQueryItem(QLatin1String(t));
                if (transport.isEmpty())
                    transport = QLatin1String(t);
            }
        }
        url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    }
    if (transport.isEmpty())
        transport = QStringLiteral("tcp"); // no smeared pictures from lost packets, passes NAT

    AVDictionary *opts = nullptr;
    const QByteArray readTimeoutUs = QByteArray::number(qint64(options.readTimeoutMs) * 1000);
    if (url.scheme().startsWith(QLatin1String("rtsp"))) {
        av_dict_set(&opts, "rtsp_transport", transport.toUtf8().constData(), 0);
        av_dict_set(&opts, "timeout", readTimeoutUs.constData(), 0); // socket I/O
        av_dict_set(&opts, "allowed_media_types", "video", 0); // no audio session we would not play
    } else {
        av_dict_set(&opts, "rw_timeout", readTimeoutUs.constData(), 0);
    }
    // Start fast: codec parameters come in the SDP or the first key frame; don't read seconds
    // of stream to guess them, and don't hold packets back for reordering beyond UDP's jitter.
    av_dict_set(&opts, "probesize", "500000", 0);
    av_dict_set(&opts, "analyzeduration", "2000000", 0);
    av_dict_set(&opts, "max_delay", "200000", 0);
    av_dict_set(&opts, "user_agent", "Watchfloor", 0);

    AVFormatContext *fmt = avformat_alloc_context();
    fmt->interrupt_callback = { &ReceiverSession::interrupted, this };
    fmt->flags |= AVFMT_FLAG_DISCARD_CORRUPT;
    setDeadline(options.connectTimeoutMs);
    const QByteArray address = url.toString(QUrl::FullyEncoded).toUtf8();
    int rc = avformat_open_input(&fmt, address.constData(), nullptr, &opts);
    av_dict_free(&opts);
    if (rc < 0) {
        if (!stop.load())
            fail(interrupted(this)
                    ? VideoReceiver::tr("No answer within %1 s").arg(options.connectTimeoutMs / 1000)
                    : VideoReceiver::tr("Cannot open the stream: %1").arg(avError(rc)));
        return false; // avformat_open_input freed the context
    }
    *fmtOut = fmt;
    rc = avformat_find_stream_info(fmt, nullptr);
    // Interrupted at the deadline it may still return "success" with what little it found.
    if (rc < 0 || interrupted(this)) {
        fail(interrupted(this)
                ? VideoReceiver::tr("No picture within %1 s").arg(options.connectTimeoutMs / 1000)
                : VideoReceiver::tr("Cannot read the stream: %1").arg(avError(rc)));
        return false;
    }
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || !decoder) {
        fail(VideoReceiver::tr("The stream has no video we can decode"));
        return false;
    }
    for (unsigned i = 0; i < fmt->nb_streams; ++i)
        fmt->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    codec = avcodec_alloc_context3(decoder);
    if (!codec || avcodec_parameters_to_context(codec, fmt->streams[index]->codecpar) < 0) {
        fail(VideoReceiver::tr("The stream has no video we can decode"));
        return false;
    }
    // One thread per decoder: the pool decodes many streams side by side, and frame threading
    // would add a frame of latency per thread.
    codec->thread_count = 1;
    codec->flags |= AV_CODEC_FLAG_LOW_DELAY;
    codec->flags2 |= AV_CODEC_FLAG2_FAST;
    rc = avcodec_open2(codec, decoder, nullptr);
    if (rc < 0) {
        fail(VideoReceiver::tr("Cannot decode the stream: %1").arg(avError(rc)));
        return false;
    }
    picture = av_frame_alloc();
    *videoStream = index;
    return true;
}

void ReceiverSession::run()
{
    AVFormatContext *fmt = nullptr;
    int videoStream = -1;
    if (open(&fmt, &videoStream)) {
        AVPacket *packet = av_packet_alloc();
        qint64 bytes = 0;
        qint64 windowStart = nowNs();
        while (!stop.load()) {
            setDeadline(options.readTimeoutMs);
            const int rc = av_read_frame(fmt, packet);
            if (rc == AVERROR(EAGAIN))
                continue;
            if (rc < 0) {
                if (rc == AVERROR_EOF)
                    fail(VideoReceiver::tr("The stream ended"));
                else if (interrupted(this))
                    fail(VideoReceiver::tr("No data for %1 s").arg(options.readTimeoutMs / 1000));
                else
                    fail(VideoReceiver::tr("Connection lost: %1").arg(avError(rc)));
                break;
            }
            if (packet->stream_index != videoStream) {
                av_packet_unref(packet);
                continue;
            }
            bytes += packet->size;
            const qint64 now = nowNs();
            if (now - windowStart >= 1'000'000'000) {
                bitrateKbps.store(int(bytes * 8 * 1'000'000 / (now - windowStart)));
                bytes = 0;
                windowStart = now;
            }
            AVPacket *queued = av_packet_alloc();
            av_packet_move_ref(queued, packet);
            queuePacket(queued);
        }
        av_packet_free(&packet);
    }
    setDeadline(0);
    avformat_close_input(&fmt);
}

void ReceiverSession::queuePacket(AVPacket *packet)
{
    std::unique_lock lock(queueLock);
    if (queue.size() >= kMaxQueuedPackets) {
        for (AVPacket *p : queue)
            av_packet_free(&p);
        dropped.fetch_add(qint64(queue.size()), std::memory_order_relaxed);
        queue.clear();
        waitForKey = true;
    }
    if (waitForKey) {
        if (!(packet->flags & AV_PKT_FLAG_KEY) && ++skippedForKey < 2 * int(kMaxQueuedPackets)) {
            av_packet_free(&packet);
            return;
        }
        waitForKey = false;
        skippedForKey = 0;
    }
    queue.push_back(packet);
    if (draining)
        return;
    draining = true;
    lock.unlock();
    DecodePool::instance().start([self = shared_from_this()] { self->drain(); });
}

void ReceiverSession::drain()
{
    // A few packets per turn, then the pool thread goes to the next stream's task: one busy
    // stream cannot starve the others.
    for (int n = 0; n < 8; ++n) {
        AVPacket *packet = nullptr;
        {
            std::lock_guard lock(queueLock);
            if (queue.empty() || stop.load()) {
                draining = false;
                return;
            }
            packet = queue.front();
            queue.pop_front();
        }
        decode(packet);
        av_packet_free(&packet);
    }
    DecodePool::instance().start([self = shared_from_this()] { self->drain(); });
}

void ReceiverSession::decode(AVPacket *packet)
{
    if (avcodec_send_packet(codec, packet) < 0)
        return; // a damaged packet: the next key frame repairs the picture
    while (avcodec_receive_frame(codec, picture) == 0) {
        decoded.fetch_add(1, std::memory_order_relaxed);
        sourceWidth.store(picture->width, std::memory_order_relaxed);
        sourceHeight.store(picture->height, std::memory_order_relaxed);
        qint64 stamp = -1;
        if (readStamps.load(std::memory_order_relaxed)) {
            if (const auto s = FrameStamp::read(AvFrameBuffer::wrap(picture)))
                stamp = qint64(*s);
        }
        QVideoFrame frame = fitToTarget(picture);
        av_frame_unref(picture);
        if (frame.isValid())
            deliver(std::move(frame), stamp);
    }
}

QVideoFrame ReceiverSession::fitToTarget(const AVFrame *src)
{
    int w = src->width;
    int h = src->height;
    const int tw = targetWidth.load(std::memory_order_relaxed);
    const int th = targetHeight.load(std::memory_order_relaxed);
    // Scale down only when it saves a good part of the upload; keep the aspect ratio and even
    // sizes (4:2:0 chroma).
    if (tw > 0 && th > 0 && (tw * 10 < w * 9 || th * 10 < h * 9)) {
        const double f = std::min(double(tw) / w, double(th) / h);
        w = std::max(16, int(std::lround(w * f)) & ~1);
        h = std::max(16, int(std::lround(h * f)) & ~1);
    }
    if (w == src->width && h == src->height && AvFrameBuffer::canWrap(src->format))
        return AvFrameBuffer::wrap(src);

    scaler = sws_getCachedContext(scaler, src->width, src->height, AVPixelFormat(src->format), w, h,
        AV_PIX_FMT_YUV420P, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
    if (!scaler)
        return {};
    const int size = av_image_get_buffer_size(AV_PIX_FMT_YUV420P, w, h, 32);
    if (size <= 0)
        return {};
    if (size != scaledPoolSize) {
        av_buffer_pool_uninit(&scaledPool);
        scaledPool = av_buffer_pool_init(size_t(size), nullptr);
        scaledPoolSize = size;
    }
    AVFrame *out = av_frame_alloc();
    out->format = AV_PIX_FMT_YUV420P;
    out->width = w;
    out->height = h;
    out->color_range = AVCOL_RANGE_MPEG;
    out->colorspace = src->colorspace;
    out->buf[0] = scaledPool ? av_buffer_pool_get(scaledPool) : nullptr;
    QVideoFrame frame;
    if (out->buf[0]) {
        av_image_fill_arrays(out->data, out->linesize, out->buf[0]->data, AV_PIX_FMT_YUV420P, w, h, 32);
        sws_scale(scaler, src->data, src->linesize, 0, src->height, out->data, out->linesize);
        frame = AvFrameBuffer::wrap(out);
    }
    av_frame_free(&out);
    return frame;
}

bool VideoReceiver::handles(const QUrl &url)
{
    static const QStringList schemes { QStringLiteral("rtsp"), QStringLiteral("rtsps"),
        QStringLiteral("rtmp"), QStringLiteral("rtmps"), QStringLiteral("srt"), QStringLiteral("udp"),
        QStringLiteral("rtp") };
    return schemes.contains(url.scheme().toLower());
}

VideoReceiver::VideoReceiver(QObject *parent)
    : QObject(parent)
{ }

VideoReceiver::~VideoReceiver()
{
    if (!m_session)
        return;
    m_session->stop.store(true);
    std::lock_guard lock(m_session->ownerLock);
    m_session->owner = nullptr;
    m_session->latest = {};
}

void VideoReceiver::start(const Options &options)
{
    if (m_session)
        return;
    m_session = std::make_shared<ReceiverSession>();
    m_session->options = options;
    m_session->options.connectTimeoutMs = std::max(1000, options.connectTimeoutMs);
    m_session->options.readTimeoutMs = std::max(1000, options.readTimeoutMs);
    m_session->owner = this;
    m_session->readStamps.store(options.readStamps);
    setTargetSize(m_targetSize);
    DecodePool::instance().threadStarted();
    std::thread([session = m_session] {
        pthread_setname_np(pthread_self(), "wall-demux");
        session->run();
        DecodePool::instance().threadFinished();
    }).detach();
}

void VideoReceiver::setTargetSize(QSize size)
{
    m_targetSize = size;
    if (!m_session)
        return; // start() passes it on
    m_session->targetWidth.store(size.isValid() ? size.width() : 0);
    m_session->targetHeight.store(size.isValid() ? size.height() : 0);
}

void VideoReceiver::setReadStamps(bool on)
{
    if (m_session)
        m_session->readStamps.store(on);
}

QSize VideoReceiver::sourceSize() const
{
    if (!m_session)
        return {};
    return { m_session->sourceWidth.load(), m_session->sourceHeight.load() };
}

int VideoReceiver::bitrateKbps() const
{
    return m_session ? m_session->bitrateKbps.load() : -1;
}

qint64 VideoReceiver::framesDecoded() const
{
    return m_session ? m_session->decoded.load() : 0;
}

qint64 VideoReceiver::framesDropped() const
{
    return m_session ? m_session->dropped.load() : 0;
}

void VideoReceiver::takeLatest()
{
    QVideoFrame frame;
    qint64 stamp = -1;
    {
        std::lock_guard lock(m_session->ownerLock);
        frame = std::move(m_session->latest);
        m_session->latest = {};
        stamp = m_session->latestStamp;
        m_session->latestPosted = false;
    }
    if (frame.isValid())
        emit frameArrived(frame, stamp);
}

} // namespace wf::wall
