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
    <name>ioc::sync::SyncStatusModel</name>
    <message>
        <source>Data center not configured</source>
        <translation>Chưa cấu hình trung tâm dữ liệu</translation>
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
        <source>Offline — retrying</source>
        <translation>Mất kết nối — đang thử lại</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Thông tin xác thực bị từ chối</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %L2 features, %n page(s)</source>
        <translation>
            <numerusform>%L1/%L2 đối tượng, %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 features, %n page(s)</source>
        <translation>
            <numerusform>%L1 đối tượng, %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>còn khoảng %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>còn khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Failed — will retry</source>
        <translation>Thất bại — sẽ thử lại</translation>
    </message>
    <message>
        <source>Not on the data center</source>
        <translation>Không có trên trung tâm dữ liệu</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced every %n s; amber after 3 intervals, red after 10</source>
        <translation>
            <numerusform>Đồng bộ mỗi %n giây; màu hổ phách khi quá 3 chu kỳ, màu đỏ khi quá 10</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
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
        <source>Data age</source>
        <translation>Tuổi dữ liệu</translation>
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
