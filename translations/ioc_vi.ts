<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>IOC Desktop — Ha Tinh province Intelligent Operations Center.</source>
        <translation>IOC Desktop — Trung tâm Giám sát, điều hành thông minh tỉnh Hà Tĩnh.</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; (default: %1).</source>
        <translation>Lưu bộ nhớ đệm cục bộ tại &lt;path&gt; (mặc định: %1).</translation>
    </message>
    <message>
        <source>User interface language: vi (default), en or ja.</source>
        <translation>Ngôn ngữ giao diện: vi (mặc định), en hoặc ja.</translation>
    </message>
    <message>
        <source>Never touch the network; work from the cache.</source>
        <translation>Không dùng mạng; làm việc với dữ liệu đã lưu.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Chạy với --help để xem các tuỳ chọn.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Unsupported language '%1'; use one of: %2.</source>
        <translation>Ngôn ngữ '%1' không được hỗ trợ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>--data-dir needs a path.</source>
        <translation>--data-dir cần một đường dẫn.</translation>
    </message>
    <message>
        <source>Base URL of the data center's OGC API – Features service.</source>
        <translation>Địa chỉ gốc của dịch vụ OGC API – Features của trung tâm dữ liệu.</translation>
    </message>
    <message>
        <source>Read the data center's bearer token from &lt;file&gt; and keep it (keyring, else a private file).</source>
        <translation>Đọc mã truy cập (bearer token) của trung tâm dữ liệu từ &lt;file&gt; và lưu lại (trong kho khoá, nếu không có thì trong tệp riêng).</translation>
    </message>
    <message>
        <source>Collection and property mapping of the province's server (JSON).</source>
        <translation>Bảng ánh xạ tập dữ liệu và thuộc tính của máy chủ tỉnh (JSON).</translation>
    </message>
    <message>
        <source>Sync every collection once without opening a window, print a report and exit (non-zero if any collection failed).</source>
        <translation>Đồng bộ mọi tập dữ liệu một lần mà không mở cửa sổ, in báo cáo rồi thoát (mã khác 0 nếu có tập dữ liệu lỗi).</translation>
    </message>
    <message>
        <source>--data-center needs an http:// or https:// URL, not '%1'.</source>
        <translation>--data-center cần một địa chỉ http:// hoặc https://, không phải '%1'.</translation>
    </message>
    <message>
        <source>--sync-once and --offline contradict each other.</source>
        <translation>--sync-once và --offline mâu thuẫn nhau.</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>IOC Desktop needs a display, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set).
On a machine without a screen, run it under a virtual display:
    xvfb-run -a -s "-screen 0 1920x1080x24" ioc-desktop
or, for a window-less smoke run, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>IOC Desktop cần màn hình hiển thị nhưng không tìm thấy (chưa đặt DISPLAY hay WAYLAND_DISPLAY).
Trên máy không có màn hình, hãy chạy trong màn hình ảo:
    xvfb-run -a -s "-screen 0 1920x1080x24" ioc-desktop
hoặc, để chạy thử không cửa sổ, đặt QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable. Choose another with --data-dir or fix its permissions.</source>
        <translation>Không ghi được vào thư mục dữ liệu %1. Hãy chọn thư mục khác bằng --data-dir hoặc sửa quyền truy cập.</translation>
    </message>
    <message>
        <source>The operator store %1 is damaged (%2). It holds acknowledgements and notes that exist nowhere else, so IOC Desktop will not replace it. Copy it for your administrator, then move it away to start with an empty store.</source>
        <translation>Kho dữ liệu của cán bộ trực %1 bị hỏng (%2). Kho này chứa các xác nhận và ghi chú không có ở nơi nào khác, nên IOC Desktop sẽ không thay thế nó. Hãy sao chép tệp cho quản trị viên, sau đó chuyển tệp đi nơi khác để bắt đầu với kho trống.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>Bộ nhớ đệm %1 bị hỏng và không thể chuyển sang chỗ khác.</translation>
    </message>
    <message>
        <source>The local data cache was damaged and has been rebuilt empty; it will fill again at the next sync. The damaged file was kept as %1.</source>
        <translation>Bộ nhớ đệm dữ liệu cục bộ bị hỏng và đã được tạo lại trống; dữ liệu sẽ được nạp lại ở lần đồng bộ tới. Tệp hỏng được giữ lại tại %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IOC Desktop cannot start</source>
        <translation>IOC Desktop không khởi động được</translation>
    </message>
</context>
<context>
    <name>ioc::app::MainWindow</name>
    <message>
        <source>IOC Desktop — Hà Tĩnh</source>
        <translation>IOC Desktop — Hà Tĩnh</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Go to module</source>
        <translation>&amp;Chuyển đến phân hệ</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Khôi phục bố cục mặc định</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About IOC Desktop</source>
        <translation>&amp;Giới thiệu IOC Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Offline (--offline): working from the cache</source>
        <translation>Ngoại tuyến (--offline): làm việc với dữ liệu đã lưu</translation>
    </message>
    <message>
        <source>Data center: not configured</source>
        <translation>Trung tâm dữ liệu: chưa cấu hình</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language will change the next time IOC Desktop starts.</source>
        <translation>Ngôn ngữ sẽ được đổi ở lần khởi động IOC Desktop tiếp theo.</translation>
    </message>
    <message>
        <source>About IOC Desktop</source>
        <translation>Giới thiệu IOC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who's On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Ứng dụng máy trạm của Trung tâm Giám sát, điều hành thông minh tỉnh Hà Tĩnh.&lt;/p&gt;&lt;p&gt;Bộ nhớ đệm cục bộ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dữ liệu bản đồ: Ranh giới và địa danh: Who's On First (CC0 / CC-BY), gồm dữ liệu của foursquare Quattroshapes (CC-BY) và GeoNames (CC-BY 4.0). Tỉnh lân cận, tên sông và địa danh: Made with Natural Earth (phạm vi công cộng). Đường bờ biển, đất liền, sông và đảo: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). Đường biên quốc gia và các nước lân cận: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); đã được cắt và giản lược cho ứng dụng này.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation><numerusform>%n thao tác đang chờ gửi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the data center</source>
        <translation><numerusform>%n thao tác bị trung tâm dữ liệu từ chối</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Offline — retrying; working from the cache</source>
        <translation>Mất kết nối — đang thử lại; làm việc với dữ liệu đã lưu</translation>
    </message>
    <message>
        <source>The data center refused the credentials — fix the token, then Sync now</source>
        <translation>Trung tâm dữ liệu từ chối thông tin xác thực — hãy sửa mã truy cập rồi bấm Đồng bộ ngay</translation>
    </message>
    <message>
        <source>%L1 features, %L2 pages</source>
        <translation>%L1 đối tượng, %L2 trang</translation>
    </message>
    <message>
        <source>Sync status and data &amp;issues…</source>
        <translation>Tình trạng đồng bộ và &amp;lỗi dữ liệu…</translation>
    </message>
</context>
<context>
    <name>ioc::app::SyncStatusDialog</name>
    <message>
        <source>Sync status and data issues</source>
        <translation>Tình trạng đồng bộ và lỗi dữ liệu</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Thành công gần nhất</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Lần thử gần nhất</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Số đối tượng</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Bị cách ly</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Received text</source>
        <translation>Nội dung nhận được</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>Data issues (%1)</source>
        <translation>Lỗi dữ liệu (%1)</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CamDashboard</name>
    <message>
        <source>Traffic</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <source>Crowd and intrusion</source>
        <translation>Tụ tập đông người, xâm nhập</translation>
    </message>
    <message>
        <source>Fire and smoke</source>
        <translation>Cháy, khói</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>Ngập nước</translation>
    </message>
    <message>
        <source>Cameras online</source>
        <translation>Camera trực tuyến</translation>
    </message>
    <message>
        <source>Cameras offline</source>
        <translation>Camera mất kết nối</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>AI detections</source>
        <translation>Phát hiện AI</translation>
    </message>
    <message>
        <source>detections</source>
        <translation>lượt phát hiện</translation>
    </message>
    <message>
        <source>Fire, smoke and flooding</source>
        <translation>Cháy, khói và ngập nước</translation>
    </message>
    <message>
        <source>False detections (reviewed)</source>
        <translation>Phát hiện sai (đã xác minh)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>Lũy kế: %1 ngày đầu của mỗi kỳ</translation>
    </message>
    <message>
        <source>%1 of %2 detections reviewed</source>
        <translation>Đã xác minh %1/%2 lượt phát hiện</translation>
    </message>
    <message>
        <source>Detections by kind and hour of day</source>
        <translation>Phát hiện theo loại và giờ trong ngày</translation>
    </message>
    <message>
        <source>Detections by type and verdict</source>
        <translation>Phát hiện theo loại và kết quả xác minh</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Xác nhận đúng</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Báo sai</translation>
    </message>
    <message>
        <source>Camera availability, last 24 hours</source>
        <translation>Tỷ lệ camera hoạt động, 24 giờ qua</translation>
    </message>
    <message>
        <source>Cameras available</source>
        <translation>Camera hoạt động</translation>
    </message>
    <message>
        <source>From the current outages (offline since the last heartbeat); outages already over are not published.</source>
        <translation>Tính từ các sự cố hiện tại (mất kết nối từ tín hiệu cuối); các sự cố đã kết thúc không được công bố.</translation>
    </message>
    <message>
        <source>Offline cameras by time since last heartbeat</source>
        <translation>Camera mất kết nối theo thời gian từ tín hiệu cuối</translation>
    </message>
    <message>
        <source>&lt; 10 min</source>
        <translation>&lt; 10 phút</translation>
    </message>
    <message>
        <source>10–60 min</source>
        <translation>10–60 phút</translation>
    </message>
    <message>
        <source>1–6 h</source>
        <translation>1–6 giờ</translation>
    </message>
    <message>
        <source>6–24 h</source>
        <translation>6–24 giờ</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1–7 ngày</translation>
    </message>
    <message>
        <source>&gt; 7 days</source>
        <translation>&gt; 7 ngày</translation>
    </message>
    <message>
        <source>Cameras offline by former district</source>
        <translation>Tỷ lệ camera mất kết nối theo huyện cũ</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>suy giảm</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>%1
%2, last heartbeat %3</source>
        <translation>%1
%2, tín hiệu cuối %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>%1 (%2 %)
%3, camera %4</source>
        <translation>%1 (%2 %)
%3, camera %4</translation>
    </message>
    <message>
        <source>Up to %1 on each day</source>
        <translation>Đến %1 của mỗi ngày</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CameraDetailPanel</name>
    <message>
        <source>Confirmed</source>
        <translation>Xác nhận đúng</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Báo sai</translation>
    </message>
    <message>
        <source>Click a camera on the map or in the records to see its picture and its latest detections. Shift-drag on the map selects cameras for the camera grid.</source>
        <translation>Bấm vào một camera trên bản đồ hoặc trong danh sách bản ghi để xem ảnh và các phát hiện gần nhất. Giữ Shift và kéo trên bản đồ để chọn camera cho lưới camera.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả xác minh</translation>
    </message>
    <message>
        <source>The detection is real</source>
        <translation>Phát hiện này là đúng</translation>
    </message>
    <message>
        <source>The detection is wrong: nothing happened</source>
        <translation>Phát hiện này sai: không có sự việc</translation>
    </message>
    <message>
        <source>Camera grid…</source>
        <translation>Lưới camera…</translation>
    </message>
    <message>
        <source>Snapshots of the selected cameras, or of the area&apos;s, for the video wall</source>
        <translation>Ảnh chụp của các camera đã chọn, hoặc của cả địa bàn, cho màn hình lớn</translation>
    </message>
    <message>
        <source>Selected detection:</source>
        <translation>Phát hiện đang chọn:</translation>
    </message>
    <message>
        <source>Camera %1 is not in the local data.</source>
        <translation>Camera %1 không có trong dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>suy giảm</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, last heartbeat %4</source>
        <translation>%1 (%2) — %3, tín hiệu cuối %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No detection from this camera in the local data.</source>
        <translation>Dữ liệu cục bộ không có phát hiện nào của camera này.</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>Không lưu được kết quả xác minh: %1</translation>
    </message>
    <message>
        <source>Saved; it will be sent to the data center with the next sync.</source>
        <translation>Đã lưu; sẽ gửi về trung tâm dữ liệu ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CameraGridView</name>
    <message>
        <source>Grid of %1 by %1 cameras</source>
        <translation>Lưới %1 × %1 camera</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CamerasModule</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera grid — %1 cameras</source>
        <translation>Lưới camera — %1 camera</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Suy giảm</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>An ninh</translation>
    </message>
    <message>
        <source>Crowd and intrusion</source>
        <translation>Tụ tập đông người, xâm nhập</translation>
    </message>
    <message>
        <source>Fire and smoke</source>
        <translation>Cháy, khói</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>Ngập nước</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Tín hiệu cuối</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::SnapshotFetcher</name>
    <message>
        <source>Offline: showing the last saved picture</source>
        <translation>Ngoại tuyến: hiển thị ảnh đã lưu gần nhất</translation>
    </message>
    <message>
        <source>This camera has no snapshot address</source>
        <translation>Camera này không có địa chỉ ảnh chụp</translation>
    </message>
    <message>
        <source>The data center answered %1</source>
        <translation>Trung tâm dữ liệu trả lời %1</translation>
    </message>
    <message>
        <source>No connection to the data center (%1)</source>
        <translation>Không kết nối được trung tâm dữ liệu (%1)</translation>
    </message>
    <message>
        <source>The data center sent something that is not a picture</source>
        <translation>Trung tâm dữ liệu gửi về dữ liệu không phải ảnh</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::SnapshotView</name>
    <message>
        <source>Snapshot of camera %1</source>
        <translation>Ảnh chụp camera %1</translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation>Chưa chọn camera</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>Đang tải ảnh…</translation>
    </message>
    <message>
        <source>No picture — %1</source>
        <translation>Không có ảnh — %1</translation>
    </message>
    <message>
        <source>Live %1</source>
        <translation>Trực tiếp %1</translation>
    </message>
    <message>
        <source>Saved picture from %1 — %2</source>
        <translation>Ảnh đã lưu lúc %1 — %2</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>chưa cập nhật</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Không có ảnh</translation>
    </message>
</context>
<context>
    <name>ioc::core::RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>ioc::education::EducationDashboard</name>
    <message>
        <source>Preschool</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Trung học phổ thông</translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation>Liên cấp</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Bão</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Lũ lụt</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>Theo số liệu đăng ký</translation>
    </message>
    <message>
        <source>Schools closed</source>
        <translation>Trường nghỉ học</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>trường</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Số trường</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>students</source>
        <translation>học sinh</translation>
    </message>
    <message>
        <source>Pupils per teacher</source>
        <translation>Học sinh/giáo viên</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>học sinh</translation>
    </message>
    <message>
        <source>National-standard schools</source>
        <translation>Trường đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>giáo viên</translation>
    </message>
    <message>
        <source>Students and teachers by level</source>
        <translation>Học sinh và giáo viên theo cấp học</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>National-standard share by level</source>
        <translation>Tỷ lệ trường đạt chuẩn theo cấp học</translation>
    </message>
    <message>
        <source>The data center publishes the current status only: no history by school year yet.</source>
        <translation>Trung tâm dữ liệu chỉ công bố hiện trạng: chưa có số liệu theo năm học.</translation>
    </message>
    <message>
        <source>Students and teachers by unit</source>
        <translation>Học sinh và giáo viên theo địa bàn</translation>
    </message>
    <message>
        <source>Schools closed by day and cause</source>
        <translation>Trường nghỉ học theo ngày và lý do</translation>
    </message>
    <message>
        <source>Pupils per teacher by former district</source>
        <translation>Học sinh/giáo viên theo huyện cũ</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 students, %4 teachers, %5 classes
%6</source>
        <translation>%1 (%2)
%3 học sinh, %4 giáo viên, %5 lớp
%6</translation>
    </message>
    <message>
        <source>Meets the national standard</source>
        <translation>Đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Not yet at the national standard</source>
        <translation>Chưa đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Nghỉ học ngày %1</translation>
    </message>
</context>
<context>
    <name>ioc::education::EducationModule</name>
    <message>
        <source>Preschool</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Trung học phổ thông</translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation>Liên cấp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Học bình thường</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nghỉ học</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Bão</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Lũ lụt</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>ioc::health::FacilityDetail</name>
    <message>
        <source>Click a hospital or health station on the map to see its beds and its occupancy day by day.</source>
        <translation>Bấm vào một bệnh viện hoặc trạm y tế trên bản đồ để xem số giường và công suất sử dụng giường theo ngày.</translation>
    </message>
    <message>
        <source>general hospital</source>
        <translation>bệnh viện đa khoa</translation>
    </message>
    <message>
        <source>specialist hospital</source>
        <translation>bệnh viện chuyên khoa</translation>
    </message>
    <message>
        <source>regional medical centre</source>
        <translation>trung tâm y tế khu vực</translation>
    </message>
    <message>
        <source>commune health station</source>
        <translation>trạm y tế xã</translation>
    </message>
    <message>
        <source>%1 — %2, %3 beds, %4</source>
        <translation>%1 — %2, %3 giường, %4</translation>
    </message>
    <message>
        <source>meets the national standard</source>
        <translation>đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>below the national standard</source>
        <translation>chưa đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Bed occupancy of %1</source>
        <translation>Công suất sử dụng giường của %1</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>Công suất sử dụng giường</translation>
    </message>
    <message>
        <source>90 % (warning)</source>
        <translation>90 % (cảnh báo)</translation>
    </message>
    <message>
        <source>100 % (over capacity)</source>
        <translation>100 % (quá tải)</translation>
    </message>
    <message>
        <source>Only hospitals report their occupancy; health stations do not.</source>
        <translation>Chỉ bệnh viện báo cáo công suất giường; trạm y tế không báo cáo.</translation>
    </message>
</context>
<context>
    <name>ioc::health::HealthDashboard</name>
    <message>
        <source>Dengue</source>
        <translation>Sốt xuất huyết Dengue</translation>
    </message>
    <message>
        <source>Hand, foot and mouth</source>
        <translation>Tay chân miệng</translation>
    </message>
    <message>
        <source>Influenza</source>
        <translation>Cúm</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Tiêu chảy</translation>
    </message>
    <message>
        <source>Measles</source>
        <translation>Sởi</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Bệnh</translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation>Tất cả các bệnh</translation>
    </message>
    <message>
        <source>all diseases</source>
        <translation>tất cả các bệnh</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>Công suất sử dụng giường</translation>
    </message>
    <message>
        <source>Inpatients (average day)</source>
        <translation>Người bệnh nội trú (bình quân ngày)</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>người bệnh</translation>
    </message>
    <message>
        <source>Hospitals over capacity</source>
        <translation>Bệnh viện quá tải</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>bệnh viện</translation>
    </message>
    <message>
        <source>Cases reported: %1</source>
        <translation>Số ca mắc: %1</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>ca</translation>
    </message>
    <message>
        <source>Vaccination coverage</source>
        <translation>Tỷ lệ tiêm chủng</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Giường bệnh</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>giường</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>Theo số liệu đăng ký</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>Lũy kế: %1 ngày đầu của mỗi kỳ</translation>
    </message>
    <message>
        <source>Bed occupancy by hospital</source>
        <translation>Công suất giường theo bệnh viện</translation>
    </message>
    <message>
        <source>The %1 largest hospitals of the area.</source>
        <translation>%1 bệnh viện lớn nhất của địa bàn.</translation>
    </message>
    <message>
        <source>Weekly cases: %1</source>
        <translation>Số ca theo tuần: %1</translation>
    </message>
    <message>
        <source>Cases reported</source>
        <translation>Số ca mắc</translation>
    </message>
    <message>
        <source>Expected (mean of the 8 weeks before)</source>
        <translation>Dự kiến (trung bình 8 tuần trước)</translation>
    </message>
    <message>
        <source>Anomaly threshold (mean + 2 SD)</source>
        <translation>Ngưỡng bất thường (trung bình + 2 độ lệch chuẩn)</translation>
    </message>
    <message>
        <source>A week above the threshold is a spike worth a look.</source>
        <translation>Tuần vượt ngưỡng là dấu hiệu gia tăng bất thường cần xem xét.</translation>
    </message>
    <message>
        <source>Cases by disease</source>
        <translation>Số ca theo bệnh</translation>
    </message>
    <message>
        <source>Vaccination coverage by unit</source>
        <translation>Tỷ lệ tiêm chủng theo địa bàn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Latest month reported: %1.</source>
        <translation>Tháng có số liệu gần nhất: %1.</translation>
    </message>
    <message>
        <source>Cases per 100,000 people: %1</source>
        <translation>Số ca trên 100.000 dân: %1</translation>
    </message>
    <message>
        <source>meets the national standard</source>
        <translation>đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>below the national standard</source>
        <translation>chưa đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>%1
%2 beds, %3</source>
        <translation>%1
%2 giường, %3</translation>
    </message>
    <message>
        <source>%1
%2 beds
No occupancy reported in the period</source>
        <translation>%1
%2 giường
Không có báo cáo công suất trong kỳ</translation>
    </message>
    <message>
        <source>%1
%2 beds
Occupancy %3 % on %4 (period average %5 %)</source>
        <translation>%1
%2 giường
Công suất %3 % ngày %4 (bình quân kỳ %5 %)</translation>
    </message>
    <message>
        <source>Case and vaccination reports of units of the other side of the 1 July 2025 reform are counted in %1 through the unit lineage (population weights): counts may be fractional estimates.</source>
        <translation>Báo cáo ca bệnh và tiêm chủng của các đơn vị ở phía bên kia mốc sắp xếp ngày 1/7/2025 được tính vào %1 qua quan hệ kế thừa đơn vị (trọng số dân số): số liệu có thể là ước tính lẻ.</translation>
    </message>
</context>
<context>
    <name>ioc::health::HealthModule</name>
    <message>
        <source>General hospital</source>
        <translation>Bệnh viện đa khoa</translation>
    </message>
    <message>
        <source>Specialist hospital</source>
        <translation>Bệnh viện chuyên khoa</translation>
    </message>
    <message>
        <source>Regional medical centre</source>
        <translation>Trung tâm y tế khu vực</translation>
    </message>
    <message>
        <source>Commune health station</source>
        <translation>Trạm y tế xã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Giường bệnh</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Giường có bệnh nhân</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Bệnh</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Tuần từ ngày</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Số ca</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Tỷ lệ bao phủ %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
</context>
<context>
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation><numerusform>%n đối tượng — bấm để phóng to</numerusform></translation>
    </message>
</context>
<context>
    <name>ioc::modules</name>
    <message>
        <source>Smart surveillance cameras</source>
        <translation>Camera giám sát thông minh</translation>
    </message>
    <message>
        <source>Documents &amp; operations</source>
        <translation>Quản lý văn bản &amp; điều hành</translation>
    </message>
    <message>
        <source>Education &amp; training</source>
        <translation>Giáo dục &amp; Đào tạo</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Y tế</translation>
    </message>
    <message>
        <source>Online public services &amp; one-stop office</source>
        <translation>Dịch vụ công trực tuyến &amp; Một cửa điện tử</translation>
    </message>
    <message>
        <source>Socio-economic indicators</source>
        <translation>Chỉ tiêu kinh tế - xã hội</translation>
    </message>
    <message>
        <source>Smart tourism &amp; accommodation</source>
        <translation>Du lịch thông minh &amp; lưu trú</translation>
    </message>
</context>
<context>
    <name>ioc::tourism::TourismDashboard</name>
    <message>
        <source>New Year</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Tết</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Khách du lịch</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>lượt khách</translation>
    </message>
    <message>
        <source>Room occupancy</source>
        <translation>Công suất buồng phòng</translation>
    </message>
    <message>
        <source>Guests registered</source>
        <translation>Khách lưu trú đã khai báo</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>khách</translation>
    </message>
    <message>
        <source>Foreign guests declared</source>
        <translation>Khách nước ngoài khai báo tạm trú</translation>
    </message>
    <message>
        <source>Overnight visitors</source>
        <translation>Khách lưu trú qua đêm</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Số buồng</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>buồng</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>Theo số liệu đăng ký</translation>
    </message>
    <message>
        <source>International share</source>
        <translation>Tỷ lệ khách quốc tế</translation>
    </message>
    <message>
        <source>International visitors</source>
        <translation>Khách quốc tế</translation>
    </message>
    <message>
        <source>Foreign guests registered</source>
        <translation>Khách nước ngoài lưu trú</translation>
    </message>
    <message>
        <source>visitors of the area&apos;s attractions (no other breakdown is published).</source>
        <translation>khách đến các điểm du lịch của địa bàn (không có số liệu phân chia khác).</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>Lũy kế: %1 ngày đầu của mỗi kỳ</translation>
    </message>
    <message>
        <source>Daily room occupancy</source>
        <translation>Công suất buồng phòng theo ngày</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Same day last year</source>
        <translation>Cùng ngày năm trước</translation>
    </message>
    <message>
        <source>★ public holiday: %1</source>
        <translation>★ ngày lễ: %1</translation>
    </message>
    <message>
        <source>Guests registered by locality</source>
        <translation>Khách lưu trú theo địa bàn</translation>
    </message>
    <message>
        <source>Visitors by attraction</source>
        <translation>Khách theo điểm du lịch</translation>
    </message>
    <message>
        <source>Latest month reported: %1.</source>
        <translation>Tháng có số liệu gần nhất: %1.</translation>
    </message>
    <message>
        <source>Room occupancy by former district</source>
        <translation>Công suất buồng phòng theo huyện cũ</translation>
    </message>
    <message>
        <source>%1
%2 rooms
No guest list in the last %3 days</source>
        <translation>%1
%2 buồng
Không khai báo khách trong %3 ngày qua</translation>
    </message>
    <message>
        <source>%1
%2 rooms, occupancy %3 % on %4
Guests in the period: %5 (foreign: %6)</source>
        <translation>%1
%2 buồng, công suất %3 % ngày %4
Khách trong kỳ: %5 (nước ngoài: %6)</translation>
    </message>
    <message>
        <source>%1
Visitors %2: %3</source>
        <translation>%1
Lượt khách %2: %3</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
</context>
<context>
    <name>ioc::tourism::TourismModule</name>
    <message>
        <source>Hotel</source>
        <translation>Khách sạn</translation>
    </message>
    <message>
        <source>Guesthouse</source>
        <translation>Nhà nghỉ</translation>
    </message>
    <message>
        <source>Homestay</source>
        <translation>Homestay</translation>
    </message>
    <message>
        <source>Resort</source>
        <translation>Khu nghỉ dưỡng</translation>
    </message>
    <message>
        <source>Beach</source>
        <translation>Bãi biển</translation>
    </message>
    <message>
        <source>Heritage site</source>
        <translation>Di tích</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Thiên nhiên</translation>
    </message>
    <message>
        <source>Spiritual site</source>
        <translation>Điểm tâm linh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Số buồng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Rooms occupied</source>
        <translation>Buồng có khách</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Foreign guests</source>
        <translation>Khách nước ngoài</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Khách du lịch</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DockTitleBar</name>
    <message>
        <source>Float / dock</source>
        <translation>Tách rời / gắn lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ioc::ui::RecordBrowser</name>
    <message>
        <source>Filter records (diacritics optional)…</source>
        <translation>Lọc bản ghi (có thể gõ không dấu)…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>No data yet — last sync: %1</source>
        <translation>Chưa có dữ liệu — lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 bản ghi</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Dữ liệu lúc %1</translation>
    </message>
</context>
</TS>