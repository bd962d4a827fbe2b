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
    <message>
        <source>Write the local cache (not your own notes) to &lt;file&gt; for a colleague, then exit.</source>
        <translation>Ghi bộ nhớ đệm cục bộ (không gồm ghi chú của bạn) vào &lt;file&gt; cho đồng nghiệp, rồi thoát.</translation>
    </message>
    <message>
        <source>Check &lt;file&gt; and make it the local cache, then exit.</source>
        <translation>Kiểm tra &lt;file&gt; và dùng nó làm bộ nhớ đệm cục bộ, rồi thoát.</translation>
    </message>
    <message>
        <source>Quit by itself after &lt;ms&gt; milliseconds (smoke tests).</source>
        <translation>Tự thoát sau &lt;ms&gt; mili giây (kiểm thử nhanh).</translation>
    </message>
    <message>
        <source>A snapshot option needs a file.</source>
        <translation>Tùy chọn bản chụp cần một tệp.</translation>
    </message>
    <message>
        <source>Use only one of --sync-once, --export-snapshot and --import-snapshot.</source>
        <translation>Chỉ dùng một trong --sync-once, --export-snapshot và --import-snapshot.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds, not &apos;%1&apos;.</source>
        <translation>--quit-after cần một số mili giây, không phải &apos;%1&apos;.</translation>
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
    <name>MirrorSnapshot</name>
    <message>
        <source>%1 is not a usable IOC Desktop snapshot: %2</source>
        <translation>%1 không phải là bản chụp dữ liệu IOC Desktop dùng được: %2</translation>
    </message>
    <message>
        <source>There is no local cache to export at %1.</source>
        <translation>Không có bộ nhớ đệm cục bộ để xuất tại %1.</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Không mở được bộ nhớ đệm cục bộ %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot</source>
        <translation>Không ghi được bản chụp dữ liệu</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Không ghi được bản chụp dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Không thay thế được %1.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>Không ghi được bản chụp dữ liệu %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>phép kiểm tra toàn vẹn không cho kết quả</translation>
    </message>
    <message>
        <source>it has no snapshot manifest (it is not a file written by Export snapshot)</source>
        <translation>tệp không có bảng mô tả bản chụp (không phải tệp do chức năng Xuất bản chụp dữ liệu tạo ra)</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by a newer IOC Desktop (%2) in a format this version cannot read. Update IOC Desktop first.</source>
        <translation>Bản chụp dữ liệu %1 do phiên bản IOC Desktop mới hơn (%2) ghi theo định dạng mà phiên bản này không đọc được. Hãy cập nhật IOC Desktop trước.</translation>
    </message>
    <message>
        <source>its manifest has no format version</source>
        <translation>bảng mô tả không có phiên bản định dạng</translation>
    </message>
    <message>
        <source>The snapshot %1 comes from a newer IOC Desktop (%2, cache schema %3; this version knows up to %4). Update IOC Desktop before importing it.</source>
        <translation>Bản chụp dữ liệu %1 đến từ phiên bản IOC Desktop mới hơn (%2, lược đồ bộ nhớ đệm %3; phiên bản này chỉ biết tới %4). Hãy cập nhật IOC Desktop trước khi nhập.</translation>
    </message>
    <message>
        <source>it holds no cache tables</source>
        <translation>tệp không chứa bảng nào của bộ nhớ đệm</translation>
    </message>
    <message>
        <source>The snapshot %1 comes from a newer IOC Desktop (%2): the tables of module %3 are at version %4, this version knows up to %5. Update IOC Desktop before importing it.</source>
        <translation>Bản chụp dữ liệu %1 đến từ phiên bản IOC Desktop mới hơn (%2): bảng của phân hệ %3 ở phiên bản %4, phiên bản này chỉ biết tới %5. Hãy cập nhật IOC Desktop trước khi nhập.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot into %1 (is the disk full?).</source>
        <translation>Không sao chép được bản chụp dữ liệu vào %1 (ổ đĩa đầy?).</translation>
    </message>
    <message>
        <source>Cannot prepare the snapshot copy: %1</source>
        <translation>Không chuẩn bị được bản sao của bản chụp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot move the current cache %1 aside; nothing was changed.</source>
        <translation>Không chuyển được bộ nhớ đệm hiện tại %1 sang chỗ khác; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cannot put the snapshot in place of %1; the current cache was kept.</source>
        <translation>Không đặt được bản chụp dữ liệu vào chỗ của %1; bộ nhớ đệm hiện tại được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IOC Desktop cannot start</source>
        <translation>IOC Desktop không khởi động được</translation>
    </message>
    <message>
        <source>No data center is configured and there is no local cache yet: use --data-center URL, or --offline.</source>
        <translation>Chưa cấu hình trung tâm dữ liệu và chưa có bộ nhớ đệm cục bộ: dùng --data-center URL hoặc --offline.</translation>
    </message>
    <message>
        <source>Import snapshot</source>
        <translation>Nhập bản chụp dữ liệu</translation>
    </message>
</context>
<context>
    <name>SimulatorLauncher</name>
    <message>
        <source>The data-center simulator (ioc-datacenter-sim) is not installed. Install the ioc-datacenter-sim package.</source>
        <translation>Chưa cài đặt trình mô phỏng trung tâm dữ liệu (ioc-datacenter-sim). Hãy cài gói ioc-datacenter-sim.</translation>
    </message>
    <message>
        <source>Cannot start the data-center simulator %1: %2</source>
        <translation>Không khởi động được trình mô phỏng trung tâm dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The data-center simulator did not start within %1 s.</source>
        <translation>Trình mô phỏng trung tâm dữ liệu không khởi động trong vòng %1 giây.</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>IOC Desktop snapshots (*.iocsnap);;All files (*)</source>
        <translation>Bản chụp IOC Desktop (*.iocsnap);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), written by IOC Desktop %1 on %2</source>
        <translation>
            <numerusform>%n bản ghi, do IOC Desktop %1 ghi lúc %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot was not imported: %1</source>
        <translation>Chưa nhập bản chụp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Snapshot imported: %1.</source>
        <translation>Đã nhập bản chụp dữ liệu: %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no local cache in %1 to export.</source>
        <translation>Không có bộ nhớ đệm cục bộ trong %1 để xuất.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot written to %1: %n record(s).</source>
        <translation>
            <numerusform>Đã ghi bản chụp dữ liệu vào %1: %n bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot imported into %1: %n record(s), written by IOC Desktop %2 on %3.</source>
        <translation>
            <numerusform>Đã nhập bản chụp dữ liệu vào %1: %n bản ghi, do IOC Desktop %2 ghi lúc %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::ConnectionTest</name>
    <message>
        <source>Enter the data center&apos;s address, starting with http:// or https://.</source>
        <translation>Nhập địa chỉ của trung tâm dữ liệu, bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>The data center at %1 refused the access token (HTTP %2). Check the token.</source>
        <translation>Trung tâm dữ liệu %1 từ chối mã truy cập (HTTP %2). Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and the network.</source>
        <translation>Không kết nối được tới %1: %2. Hãy kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2 for %3; is the address the service&apos;s base URL?</source>
        <translation>Máy chủ %1 trả lời HTTP %2 cho %3; địa chỉ đã là URL gốc của dịch vụ chưa?</translation>
    </message>
    <message>
        <source>The server at %1 answers, but not as an OGC API – Features service (no list of collections).</source>
        <translation>Máy chủ %1 có trả lời, nhưng không phải dịch vụ OGC API – Features (không có danh sách bộ dữ liệu).</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the data center at %1 offers %n collection(s).</source>
        <translation>
            <numerusform>Đã kết nối: trung tâm dữ liệu %1 cung cấp %n bộ dữ liệu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::FirstRunDialog</name>
    <message>
        <source>Welcome to IOC Desktop</source>
        <translation>Chào mừng đến với IOC Desktop</translation>
    </message>
    <message>
        <source>IOC Desktop has no data yet. Where should it come from?</source>
        <translation>IOC Desktop chưa có dữ liệu. Lấy dữ liệu từ đâu?</translation>
    </message>
    <message>
        <source>Connect to the province&apos;s &amp;data center</source>
        <translation>Kết nối tới &amp;trung tâm dữ liệu của tỉnh</translation>
    </message>
    <message>
        <source>Start the built-in &amp;simulator (demonstration, training)</source>
        <translation>Chạy trình &amp;mô phỏng có sẵn (trình diễn, tập huấn)</translation>
    </message>
    <message>
        <source>Work &amp;offline (empty cache, or import a snapshot)</source>
        <translation>Làm việc &amp;ngoại tuyến (bộ nhớ đệm trống, hoặc nhập bản chụp dữ liệu)</translation>
    </message>
    <message>
        <source>from your administrator; empty if none</source>
        <translation>do quản trị viên cấp; để trống nếu không có</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Mã truy cập:</translation>
    </message>
    <message>
        <source>The simulator (package ioc-datacenter-sim) is not installed on this computer.</source>
        <translation>Trình mô phỏng (gói ioc-datacenter-sim) chưa được cài trên máy này.</translation>
    </message>
    <message>
        <source>IOC Desktop starts a simulated provincial data center with synthetic data on this computer and stops it when you quit. Nothing leaves this computer.</source>
        <translation>IOC Desktop chạy một trung tâm dữ liệu tỉnh mô phỏng với dữ liệu giả lập trên máy này và dừng nó khi bạn thoát. Không có dữ liệu nào rời khỏi máy.</translation>
    </message>
    <message>
        <source>A colleague can give you a snapshot (File → Export snapshot) to work without a network. Without one, IOC Desktop starts with an empty cache.</source>
        <translation>Đồng nghiệp có thể đưa bạn một bản chụp dữ liệu (Tệp → Xuất bản chụp dữ liệu) để làm việc không cần mạng. Nếu không có, IOC Desktop bắt đầu với bộ nhớ đệm trống.</translation>
    </message>
    <message>
        <source>Choose a s&amp;napshot…</source>
        <translation>Chọn &amp;bản chụp dữ liệu…</translation>
    </message>
    <message>
        <source>No snapshot chosen.</source>
        <translation>Chưa chọn bản chụp dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Import snapshot</source>
        <translation>Nhập bản chụp dữ liệu</translation>
    </message>
    <message>
        <source>IOC Desktop snapshots (*.iocsnap);;All files (*)</source>
        <translation>Bản chụp IOC Desktop (*.iocsnap);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Test the connection before continuing.</source>
        <translation>Hãy kiểm tra kết nối trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>The address or the token changed: test again.</source>
        <translation>Địa chỉ hoặc mã truy cập đã thay đổi: hãy kiểm tra lại.</translation>
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
    <name>ioc::app::SnapshotActions</name>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Xuất bản chụp dữ liệu…</translation>
    </message>
    <message>
        <source>Write the local cache to one file a colleague can import without network (your notes are not included)</source>
        <translation>Ghi bộ nhớ đệm cục bộ vào một tệp để đồng nghiệp nhập khi không có mạng (không gồm ghi chú của bạn)</translation>
    </message>
    <message>
        <source>&amp;Import snapshot…</source>
        <translation>&amp;Nhập bản chụp dữ liệu…</translation>
    </message>
    <message>
        <source>Replace the local cache with a snapshot</source>
        <translation>Thay bộ nhớ đệm cục bộ bằng một bản chụp dữ liệu</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Xuất bản chụp dữ liệu</translation>
    </message>
    <message>
        <source>The snapshot was written to %1 (%2).</source>
        <translation>Đã ghi bản chụp dữ liệu vào %1 (%2).</translation>
    </message>
    <message>
        <source>Import snapshot</source>
        <translation>Nhập bản chụp dữ liệu</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the data folder (is the disk full?).</source>
        <translation>Không sao chép được %1 vào thư mục dữ liệu (ổ đĩa đầy?).</translation>
    </message>
    <message>
        <source>%1

The snapshot (%2) replaces the local cache when IOC Desktop starts again; your notes and acknowledgements are kept. Restart now?</source>
        <translation>%1

Bản chụp dữ liệu (%2) sẽ thay bộ nhớ đệm cục bộ khi IOC Desktop khởi động lại; ghi chú và xác nhận của bạn được giữ nguyên. Khởi động lại ngay?</translation>
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
