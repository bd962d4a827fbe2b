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
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>ioc::core::TimeFilter</name>
    <message>
        <source>Q%1/%2</source>
        <extracomment>quarter label in charts: quarter number / year</extracomment>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <source>W%1</source>
        <extracomment>ISO week label in charts: week number</extracomment>
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>ioc::documents::DocDashboard</name>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks completed on time</source>
        <translation>Nhiệm vụ hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Tasks due within 3 days</source>
        <translation>Nhiệm vụ đến hạn trong 3 ngày</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>Đến nay: %1 ngày đầu của mỗi kỳ</translation>
    </message>
    <message>
        <source>From today, %1</source>
        <translation>Từ hôm nay, %1</translation>
    </message>
    <message>
        <source>Documents in and out</source>
        <translation>Văn bản đến và đi</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Đi</translation>
    </message>
    <message>
        <source>Overdue tasks at the end of each period</source>
        <translation>Nhiệm vụ quá hạn cuối mỗi kỳ</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Nhiệm vụ chưa hoàn thành</translation>
    </message>
    <message>
        <source>Tasks by agency (assigned in the charts&apos; window)</source>
        <translation>Nhiệm vụ theo cơ quan (giao trong khoảng thời gian của biểu đồ)</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành trễ hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>The 12 agencies with the most overdue tasks. State as of today.</source>
        <translation>12 cơ quan có nhiều nhiệm vụ quá hạn nhất. Tình trạng đến hôm nay.</translation>
    </message>
    <message>
        <source>%1
Open tasks: %2
Overdue: %3</source>
        <translation>%1
Chưa hoàn thành: %2
Quá hạn: %3</translation>
    </message>
    <message>
        <source>Overdue tasks of local agencies</source>
        <translation>Nhiệm vụ quá hạn của cơ quan địa phương</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* kỳ chưa kết thúc: số liệu đến nay.</translation>
    </message>
</context>
<context>
    <name>ioc::documents::DocumentsModule</name>
    <message>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Trạng thái nhiệm vụ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Chỉ đạo</translation>
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
    <name>ioc::publicservices::PsDashboard</name>
    <message>
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>Dossiers resolved</source>
        <translation>Hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Nộp trực tuyến</translation>
    </message>
    <message>
        <source>Dossiers received and resolved</source>
        <translation>Hồ sơ tiếp nhận và giải quyết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Online submission share</source>
        <translation>Tỷ lệ nộp trực tuyến</translation>
    </message>
    <message>
        <source>Dossiers before 1 July 2025 belong to the old units; an area counts them through the unit lineage.</source>
        <translation>Hồ sơ trước 01/7/2025 thuộc đơn vị hành chính cũ; khu vực được tính qua kế thừa đơn vị hành chính.</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>Đến nay: %1 ngày đầu của mỗi kỳ</translation>
    </message>
    <message>
        <source>On-time rate by agency (15 lowest)</source>
        <translation>Tỷ lệ đúng hạn theo cơ quan (15 thấp nhất)</translation>
    </message>
    <message>
        <source>Agencies with at least 20 dossiers resolved in the period.</source>
        <translation>Cơ quan có ít nhất 20 hồ sơ được giải quyết trong kỳ.</translation>
    </message>
    <message>
        <source>Overdue dossiers by days past due</source>
        <translation>Hồ sơ quá hạn theo số ngày trễ</translation>
    </message>
    <message>
        <source>≤ 2 days</source>
        <translation>≤ 2 ngày</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 ngày</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8–15 ngày</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16–30 ngày</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 ngày</translation>
    </message>
    <message>
        <source>Dossiers received in the period</source>
        <translation>Hồ sơ tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <source>Dossiers by status</source>
        <translation>Hồ sơ theo trạng thái</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Paused: documents missing</source>
        <translation>Tạm dừng: bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Resolved early</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Giải quyết trễ hạn</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>On-time rate by former district</source>
        <translation>Tỷ lệ đúng hạn theo huyện (cũ)</translation>
    </message>
    <message>
        <source>%1
Open dossiers: %2
On time: %3</source>
        <translation>%1
Hồ sơ đang xử lý: %2
Đúng hạn: %3</translation>
    </message>
    <message>
        <source>no dossier resolved</source>
        <translation>chưa giải quyết hồ sơ nào</translation>
    </message>
    <message>
        <source>Dossiers of units of the other side of the 1 July 2025 reform are counted in %1 through the unit lineage (population weights): counts may be fractional estimates.</source>
        <translation>Hồ sơ của đơn vị thuộc phía bên kia mốc sắp xếp 01/7/2025 được tính vào %1 qua kế thừa đơn vị hành chính (trọng số dân số): số liệu là ước tính, có thể lẻ.</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* kỳ chưa kết thúc: số liệu đến nay.</translation>
    </message>
    <message>
        <source>Dossiers received by field and channel</source>
        <translation>Hồ sơ tiếp nhận theo lĩnh vực và hình thức nộp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
</context>
<context>
    <name>ioc::publicservices::PublicServicesModule</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Paused: documents missing</source>
        <translation>Tạm dừng: bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả</translation>
    </message>
</context>
<context>
    <name>ioc::socioeconomic::SeDashboard</name>
    <message>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Công nghiệp</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Thương mại</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Giá cả</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Administrative reform</source>
        <translation>Cải cách hành chính</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Nông nghiệp</translation>
    </message>
    <message>
        <source>Labour and society</source>
        <translation>Lao động - xã hội</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Latest reported: %1</source>
        <translation>Số liệu mới nhất: %1</translation>
    </message>
    <message>
        <source>Targets met (year to date)</source>
        <translation>Chỉ tiêu đạt kế hoạch (lũy kế năm)</translation>
    </message>
    <message>
        <source>of %1 targets</source>
        <translation>trên %1 chỉ tiêu</translation>
    </message>
    <message>
        <source>Province plan %1</source>
        <translation>Kế hoạch tỉnh năm %1</translation>
    </message>
    <message>
        <source>%1: actual and plan</source>
        <translation>%1: thực hiện và kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Plan (pro rata)</source>
        <translation>Kế hoạch (theo tỷ lệ thời gian)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Targets are set for the province only: no plan line for a part of it.</source>
        <translation>Kế hoạch chỉ giao cho cấp tỉnh: không có đường kế hoạch cho một phần của tỉnh.</translation>
    </message>
    <message>
        <source>%1 by district</source>
        <translation>%1 theo huyện</translation>
    </message>
    <message>
        <source>Districts were abolished on 1 July 2025: their values are the new communes&apos; rolled up through the unit lineage (population weights).</source>
        <translation>Cấp huyện kết thúc hoạt động từ 01/7/2025: giá trị theo huyện được quy đổi từ các xã, phường mới qua kế thừa đơn vị hành chính (trọng số dân số).</translation>
    </message>
    <message>
        <source>No district plans in the data: plans exist for the province only.</source>
        <translation>Dữ liệu không có kế hoạch theo huyện: kế hoạch chỉ có ở cấp tỉnh.</translation>
    </message>
    <message>
        <source>%1: year on year</source>
        <translation>%1: so sánh cùng kỳ</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Part of the earlier year was reported by the old units: rolled up through the unit lineage.</source>
        <translation>Một phần năm trước do đơn vị cũ báo cáo: được quy đổi qua kế thừa đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Targets scoreboard %1: %2 of %3 met</source>
        <translation>Kết quả thực hiện chỉ tiêu %1: đạt %2/%3</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% kế hoạch</translation>
    </message>
    <message>
        <source>Achieved, % of plan to date</source>
        <translation>Đạt, % kế hoạch đến nay</translation>
    </message>
    <message>
        <source>Amounts: year to date against the plan pro rata of the months reported; rates: latest value against the target. For lower-is-better indicators (prices, accidents, unemployment) at most 100 % means met.</source>
        <translation>Chỉ tiêu số lượng: lũy kế năm so với kế hoạch tính theo số tháng đã báo cáo; chỉ tiêu tỷ lệ: giá trị mới nhất so với kế hoạch. Với chỉ tiêu càng thấp càng tốt (giá cả, tai nạn, thất nghiệp), không quá 100 % là đạt.</translation>
    </message>
    <message>
        <source>Some values of %1 were reported by units of the other side of the 1 July 2025 reform and are rolled up through the unit lineage (population weights).</source>
        <translation>Một số giá trị của %1 do đơn vị thuộc phía bên kia mốc sắp xếp 01/7/2025 báo cáo, được quy đổi qua kế thừa đơn vị hành chính (trọng số dân số).</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ChartPanel</name>
    <message>
        <source>No data for this area and period.</source>
        <translation>Không có dữ liệu cho khu vực và kỳ này.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data for a spreadsheet</source>
        <translation>Lưu số liệu của biểu đồ cho bảng tính</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Administrative reform 1 July 2025</source>
        <translation>Sắp xếp ĐVHC 01/7/2025</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>Lưu số liệu biểu đồ</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DashboardFilterBar</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <source>Compare with last year</source>
        <translation>So sánh cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Quay lại %1</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>Huyện (cũ)…</translation>
    </message>
    <message>
        <source>Commune…</source>
        <translation>Xã, phường…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DataIssuesView</name>
    <message>
        <source>Collection</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Bản ghi</translation>
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
        <source>No data issues: every record received for this module was valid.</source>
        <translation>Không có lỗi dữ liệu: mọi bản ghi nhận được của phân hệ này đều hợp lệ.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DirectiveDialog</name>
    <message>
        <source>New directive</source>
        <translation>Chỉ đạo mới</translation>
    </message>
    <message>
        <source>Choose the agency…</source>
        <translation>Chọn cơ quan…</translation>
    </message>
    <message>
        <source>Issue directive</source>
        <translation>Ban hành chỉ đạo</translation>
    </message>
    <message>
        <source>Assignee agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Nội dung chỉ đạo</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Người chỉ đạo</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DirectiveList</name>
    <message>
        <source>Directive</source>
        <translation>Nội dung chỉ đạo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Người chỉ đạo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
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
    <name>ioc::ui::KpiCard</name>
    <message>
        <source>%1 %2%3 pts</source>
        <translation>%1 %2%3 điểm %</translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation>%1 %2%3 %</translation>
    </message>
    <message>
        <source>Earlier value: %1 %2</source>
        <translation>Giá trị so sánh: %1 %2</translation>
    </message>
    <message>
        <source>Exact value: %1 %2</source>
        <translation>Giá trị chính xác: %1 %2</translation>
    </message>
    <message>
        <source>No data reported for this period</source>
        <translation>Kỳ này chưa có số liệu báo cáo</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>so với kỳ trước</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>so với cùng kỳ</translation>
    </message>
    <message>
        <source>%1 % of plan</source>
        <translation>%1 % kế hoạch</translation>
    </message>
    <message>
        <source>(plan %1 %2)</source>
        <translation>(kế hoạch %1 %2)</translation>
    </message>
    <message>
        <source>Click for the trend of %1</source>
        <translation>Nhấn để xem xu hướng của %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ModuleDock</name>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Lỗi dữ liệu</translation>
    </message>
    <message>
        <source>Data issues (%1)</source>
        <translation>Lỗi dữ liệu (%1)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Xu hướng: %1</translation>
    </message>
    <message>
        <source>%1 — click to filter</source>
        <translation>%1 — nhấn để lọc</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* kỳ chưa kết thúc: số liệu đến nay.</translation>
    </message>
    <message>
        <source>%1 — %2: %3. Review and report the measures taken.</source>
        <translation>%1 — %2: %3. Đề nghị rà soát và báo cáo biện pháp đã thực hiện.</translation>
    </message>
    <message>
        <source>Directive not saved</source>
        <translation>Chưa lưu được chỉ đạo</translation>
    </message>
    <message>
        <source>Create directive…</source>
        <translation>Tạo chỉ đạo…</translation>
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
