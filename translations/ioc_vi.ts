<?xml version="1.0" encoding="utf-8"?>
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
        <source>Unsupported language &apos;%1&apos;; use one of: %2.</source>
        <translation>Ngôn ngữ &apos;%1&apos; không được hỗ trợ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>--data-dir needs a path.</source>
        <translation>--data-dir cần một đường dẫn.</translation>
    </message>
    <message>
        <source>Base URL of the data center&apos;s OGC API – Features service.</source>
        <translation>Địa chỉ gốc của dịch vụ OGC API – Features của trung tâm dữ liệu.</translation>
    </message>
    <message>
        <source>Read the data center&apos;s bearer token from &lt;file&gt; and keep it (keyring, else a private file).</source>
        <translation>Đọc mã truy cập (bearer token) của trung tâm dữ liệu từ &lt;file&gt; và lưu lại (trong kho khoá, nếu không có thì trong tệp riêng).</translation>
    </message>
    <message>
        <source>Collection and property mapping of the province&apos;s server (JSON).</source>
        <translation>Bảng ánh xạ tập dữ liệu và thuộc tính của máy chủ tỉnh (JSON).</translation>
    </message>
    <message>
        <source>Sync every collection once without opening a window, print a report and exit (non-zero if any collection failed).</source>
        <translation>Đồng bộ mọi tập dữ liệu một lần mà không mở cửa sổ, in báo cáo rồi thoát (mã khác 0 nếu có tập dữ liệu lỗi).</translation>
    </message>
    <message>
        <source>--data-center needs an http:// or https:// URL, not &apos;%1&apos;.</source>
        <translation>--data-center cần một địa chỉ http:// hoặc https://, không phải &apos;%1&apos;.</translation>
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
    xvfb-run -a -s &quot;-screen 0 1920x1080x24&quot; ioc-desktop
or, for a window-less smoke run, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>IOC Desktop cần màn hình hiển thị nhưng không tìm thấy (chưa đặt DISPLAY hay WAYLAND_DISPLAY).
Trên máy không có màn hình, hãy chạy trong màn hình ảo:
    xvfb-run -a -s &quot;-screen 0 1920x1080x24&quot; ioc-desktop
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
    <name>ioc::alerts</name>
    <message>
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Mới phát sinh</translation>
    </message>
    <message>
        <source>Acknowledged by %1 %2</source>
        <translation>Đã tiếp nhận bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>Resolved automatically %1</source>
        <translation>Tự động kết thúc %1</translation>
    </message>
    <message>
        <source>Resolved by %1 %2</source>
        <translation>Đã xử lý bởi %1 lúc %2</translation>
    </message>
    <message>
        <source> · snoozed until %1</source>
        <translation> · tạm ẩn đến %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Phân hệ</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Thời điểm phát sinh</translation>
    </message>
</context>
<context>
    <name>ioc::alerts::AlertEngine</name>
    <message>
        <source>This alert is no longer open.</source>
        <translation>Cảnh báo này không còn mở.</translation>
    </message>
    <message>
        <source>A silence needs an alert, a rule or an area.</source>
        <translation>Cần chọn một cảnh báo, một quy tắc hoặc một địa bàn để tạm ẩn.</translation>
    </message>
</context>
<context>
    <name>ioc::app::ControlRoomAlerts</name>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Sound for critical alerts</source>
        <translation>Â&amp;m báo cho cảnh báo khẩn cấp</translation>
    </message>
    <message>
        <source>&amp;Reload alert rules</source>
        <translation>&amp;Nạp lại quy tắc cảnh báo</translation>
    </message>
    <message>
        <source>Alert rules refused: %1</source>
        <translation>Quy tắc cảnh báo bị từ chối: %1</translation>
    </message>
    <message>
        <source>Alerts %1</source>
        <translation>Cảnh báo %1</translation>
    </message>
    <message>
        <source>Open alerts — %1</source>
        <translation>Cảnh báo đang mở — %1</translation>
    </message>
    <message>
        <source>Critical alert — %1</source>
        <translation>Cảnh báo khẩn cấp — %1</translation>
    </message>
    <message>
        <source>Alert &amp;history…</source>
        <translation>&amp;Lịch sử cảnh báo…</translation>
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
        <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who&apos;s On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Ứng dụng máy trạm của Trung tâm Giám sát, điều hành thông minh tỉnh Hà Tĩnh.&lt;/p&gt;&lt;p&gt;Bộ nhớ đệm cục bộ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dữ liệu bản đồ: Ranh giới và địa danh: Who&apos;s On First (CC0 / CC-BY), gồm dữ liệu của foursquare Quattroshapes (CC-BY) và GeoNames (CC-BY 4.0). Tỉnh lân cận, tên sông và địa danh: Made with Natural Earth (phạm vi công cộng). Đường bờ biển, đất liền, sông và đảo: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). Đường biên quốc gia và các nước lân cận: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); đã được cắt và giản lược cho ứng dụng này.&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>
            <numerusform>%n thao tác đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the data center</source>
        <translation>
            <numerusform>%n thao tác bị trung tâm dữ liệu từ chối</numerusform>
        </translation>
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
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Cảnh báo</translation>
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
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation>
            <numerusform>%n đối tượng — bấm để phóng to</numerusform>
        </translation>
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
    <name>ioc::ui::AlertHistoryDialog</name>
    <message>
        <source>Alert history</source>
        <translation>Lịch sử cảnh báo</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Mọi phân hệ</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>Từ cảnh báo trở lên</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Chỉ khẩn cấp</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Mọi thay đổi</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>Phát sinh lại</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Tạm ẩn</translation>
    </message>
    <message>
        <source>Snooze ended</source>
        <translation>Hết tạm ẩn</translation>
    </message>
    <message>
        <source>Unit code, e.g. 18028</source>
        <translation>Mã địa bàn, vd. 18028</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Time and area:</source>
        <translation>Thời gian và địa bàn:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Phân hệ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>By / note</source>
        <translation>Người thực hiện / ghi chú</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>Á&amp;p dụng bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Xuất lịch sử cảnh báo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n thay đổi vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::AlertListWidget</name>
    <message>
        <source>Operator:</source>
        <translation>Người trực:</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>Đã xử lý thế nào (bắt buộc)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Chưa tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Chỉ khẩn cấp</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>Từ cảnh báo trở lên</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Tiếp nhận cảnh báo đang chọn (Ctrl+K)</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>&amp;Xử lý xong</translation>
    </message>
    <message>
        <source>Mark the selected alert resolved, with a note (Ctrl+Shift+R)</source>
        <translation>Đánh dấu cảnh báo đang chọn đã xử lý xong, kèm ghi chú (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Tạm ẩ&amp;n</translation>
    </message>
    <message>
        <source>Silence this alert, its rule or its area for a while (Ctrl+Shift+Z)</source>
        <translation>Tạm ẩn cảnh báo này, quy tắc hoặc địa bàn của nó trong một thời gian (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Tiếp nhận cảnh báo</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Xử lý xong cảnh báo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tạm ẩn</translation>
    </message>
    <message>
        <source>This alert</source>
        <translation>Cảnh báo này</translation>
    </message>
    <message>
        <source>Every alert of this rule</source>
        <translation>Mọi cảnh báo của quy tắc này</translation>
    </message>
    <message>
        <source>Every alert in this area (%1)</source>
        <translation>Mọi cảnh báo tại địa bàn này (%1)</translation>
    </message>
    <message>
        <source>Silence:</source>
        <translation>Tạm ẩn:</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 phút</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 giờ</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 giờ</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Trong:</translation>
    </message>
    <message>
        <source>Why (e.g. maintenance, known outage)</source>
        <translation>Lý do (vd. bảo trì, sự cố đã biết)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
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
