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
            <source>--quit-after needs a number of milliseconds, not &apos;%1&apos;.</source>
            <translation>--quit-after cần một số mili giây, không phải &apos;%1&apos;.</translation>
        </message>
        <message>
            <source>Run as the wall display: full screen, rotating boards, no editing.</source>
            <translation>Chạy ở chế độ màn hình tường: toàn màn hình, luân phiên các bảng, không chỉnh sửa.</translation>
        </message>
        <message>
            <source>Wall screen: a number (0 = first) or &apos;all&apos; for one wall per screen.</source>
            <translation>Màn hình tường: một số (0 = màn hình đầu) hoặc &apos;all&apos; để mỗi màn hình một bảng.</translation>
        </message>
        <message>
            <source>Wall playlist: comma-separated boards, &apos;overview&apos; and module ids.</source>
            <translation>Danh sách phát của màn hình tường: các bảng cách nhau bởi dấu phẩy, &apos;overview&apos; và mã phân hệ.</translation>
        </message>
        <message>
            <source>Seconds each wall board stays (3–3600).</source>
            <translation>Số giây hiển thị mỗi bảng (3–3600).</translation>
        </message>
        <message>
            <source>Write a briefing PDF without opening a window: &apos;overview&apos; or a module id.</source>
            <translation>Xuất báo cáo PDF mà không mở cửa sổ: &apos;overview&apos; hoặc mã phân hệ.</translation>
        </message>
        <message>
            <source>Briefing period: today, yesterday (default), week, month, quarter or year.</source>
            <translation>Kỳ báo cáo: today, yesterday (mặc định), week, month, quarter hoặc year.</translation>
        </message>
        <message>
            <source>Briefing PDF file to write.</source>
            <translation>Tệp PDF báo cáo cần ghi.</translation>
        </message>
        <message>
            <source>--report needs &apos;overview&apos; or a module id.</source>
            <translation>--report cần &apos;overview&apos; hoặc mã phân hệ.</translation>
        </message>
        <message>
            <source>--report needs --out FILE.pdf.</source>
            <translation>--report cần --out TỆP.pdf.</translation>
        </message>
        <message>
            <source>--period and --out need --report.</source>
            <translation>--period và --out cần có --report.</translation>
        </message>
        <message>
            <source>--screen, --wall-boards and --wall-interval need --wall.</source>
            <translation>--screen, --wall-boards và --wall-interval cần có --wall.</translation>
        </message>
        <message>
            <source>--screen needs a screen number (0, 1, …) or &apos;all&apos;, not &apos;%1&apos;.</source>
            <translation>--screen cần số màn hình (0, 1, …) hoặc &apos;all&apos;, không phải &apos;%1&apos;.</translation>
        </message>
        <message>
            <source>--wall-boards needs at least one board.</source>
            <translation>--wall-boards cần ít nhất một bảng.</translation>
        </message>
        <message>
            <source>--wall-interval needs a number of seconds from 3 to 3600.</source>
            <translation>--wall-interval cần số giây từ 3 đến 3600.</translation>
        </message>
        <message>
            <source>--wall and --sync-once contradict each other.</source>
            <translation>--wall và --sync-once mâu thuẫn nhau.</translation>
        </message>
        <message>
            <source>Sync every collection once without opening a window, print a report and exit: 0 if every enabled collection synced, 3 if some are missing at the source, 1 on other failures.</source>
            <translation>Đồng bộ mọi tập dữ liệu một lần mà không mở cửa sổ, in báo cáo rồi thoát: 0 nếu mọi tập dữ liệu đang bật đã đồng bộ, 3 nếu máy chủ thiếu một số tập, 1 nếu có lỗi khác.</translation>
        </message>
        <message>
            <source>Connect to the data center, compare what it publishes with what each module needs (through --mapping), print the findings and exit (non-zero only when a required collection or property is missing).</source>
            <translation>Kết nối trung tâm dữ liệu, so sánh những gì máy chủ công bố với những gì mỗi phân hệ cần (qua --mapping), in kết quả rồi thoát (mã khác 0 chỉ khi thiếu một tập dữ liệu hoặc thuộc tính bắt buộc).</translation>
        </message>
        <message>
            <source>--check-data-center and --offline contradict each other.</source>
            <translation>--check-data-center và --offline mâu thuẫn nhau.</translation>
        </message>
        <message>
            <source>Use only one of --sync-once, --check-data-center, --export-snapshot and --import-snapshot.</source>
            <translation>Chỉ dùng một trong --sync-once, --check-data-center, --export-snapshot và --import-snapshot.</translation>
        </message>
        <message>
            <source>Let a reconciliation delete more than 20 % of a collection&apos;s cached features (held otherwise, as a server answering from the wrong table would cause).</source>
            <translation>Cho phép một lần đối soát xoá hơn 20 % số đối tượng đã lưu của một tập dữ liệu (nếu không sẽ bị giữ lại, vì máy chủ trả lời nhầm bảng cũng gây ra như vậy).</translation>
        </message>
    </context>
    <context>
        <name>DataCenterCheck</name>
        <message>
            <source>none of the Features classes</source>
            <translation>không có lớp Features nào</translation>
        </message>
        <message>
            <source>Data center: %1</source>
            <translation>Trung tâm dữ liệu: %1</translation>
        </message>
        <message>
            <source>Cannot read the data center: %1</source>
            <translation>Không đọc được trung tâm dữ liệu: %1</translation>
        </message>
        <message>
            <source>Conformance: %1</source>
            <translation>Lớp tuân thủ: %1</translation>
        </message>
        <message>
            <source>Collections on the server: %1</source>
            <translation>Số tập dữ liệu trên máy chủ: %1</translation>
        </message>
        <message>
            <source>Mapping file: version %1</source>
            <translation>Tệp ánh xạ: phiên bản %1</translation>
        </message>
        <message>
            <source>No mapping file: our collection and property names are expected as they are.</source>
            <translation>Không có tệp ánh xạ: máy chủ phải dùng đúng tên tập dữ liệu và thuộc tính của chúng tôi.</translation>
        </message>
        <message>
            <source>required</source>
            <translation>bắt buộc</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>tuỳ chọn</translation>
        </message>
        <message>
            <source>turned off in the mapping</source>
            <translation>đã tắt trong tệp ánh xạ</translation>
        </message>
        <message>
            <source>MISSING — the server does not publish it; map it with &quot;id&quot;</source>
            <translation>THIẾU — máy chủ không công bố tập này; ánh xạ bằng &quot;id&quot;</translation>
        </message>
        <message>
            <source>cannot read a sample: %1</source>
            <translation>không đọc được mẫu: %1</translation>
        </message>
        <message>
            <source>not probed (no features)</source>
            <translation>chưa thử (không có đối tượng)</translation>
        </message>
        <message>
            <source>works (incremental sync)</source>
            <translation>hoạt động (đồng bộ tăng dần)</translation>
        </message>
        <message>
            <source>cannot be used (%1): every sync reads the whole collection</source>
            <translation>không dùng được (%1): mỗi lần đồng bộ đọc toàn bộ tập dữ liệu</translation>
        </message>
        <message>
            <source>%1 features</source>
            <translation>%1 đối tượng</translation>
        </message>
        <message>
            <source>count not given</source>
            <translation>máy chủ không cho biết số lượng</translation>
        </message>
        <message>
            <source>datetime %1</source>
            <translation>datetime %1</translation>
        </message>
        <message>
            <source>MISSING required property</source>
            <translation>THIẾU thuộc tính bắt buộc</translation>
        </message>
        <message>
            <source>missing optional property</source>
            <translation>thiếu thuộc tính tuỳ chọn</translation>
        </message>
        <message>
            <source>&apos;%1&apos; has values the module does not know: %2 (allowed: %3); map them with &quot;values&quot;</source>
            <translation>&apos;%1&apos; có giá trị phân hệ không biết: %2 (được phép: %3); ánh xạ bằng &quot;values&quot;</translation>
        </message>
        <message>
            <source>%1 of %2 sampled features would be quarantined, e.g.: %3</source>
            <translation>%1 trên %2 đối tượng mẫu sẽ bị cách ly, ví dụ: %3</translation>
        </message>
        <message>
            <source>the collection is empty</source>
            <translation>tập dữ liệu rỗng</translation>
        </message>
        <message>
            <source>Module: %1</source>
            <translation>Phân hệ: %1</translation>
        </message>
        <message>
            <source>Shared collections</source>
            <translation>Tập dữ liệu dùng chung</translation>
        </message>
        <message>
            <source>On the server but not used: %1</source>
            <translation>Có trên máy chủ nhưng không dùng: %1</translation>
        </message>
        <message>
            <source>Every required collection and property maps.</source>
            <translation>Mọi tập dữ liệu và thuộc tính bắt buộc đều ánh xạ được.</translation>
        </message>
        <message numerus="yes">
            <source>%n required collection(s) or property(ies) missing: see MISSING above.</source>
            <translation>
                <numerusform>Thiếu %n tập dữ liệu hoặc thuộc tính bắt buộc: xem các dòng THIẾU ở trên.</numerusform>
            </translation>
        </message>
        <message>
            <source>No data center configured: use --data-center URL.</source>
            <translation>Chưa cấu hình trung tâm dữ liệu: dùng --data-center URL.</translation>
        </message>
        <message>
            <source>date-time queryables (candidates for &quot;temporalProperty&quot;): %1</source>
            <translation>thuộc tính truy vấn kiểu ngày giờ (có thể dùng làm &quot;temporalProperty&quot;): %1</translation>
        </message>
        <message numerus="yes">
            <source>the server ignores it: an interval in the year 2999 matched %n feature(s)</source>
            <translation>
                <numerusform>máy chủ bỏ qua tham số: một khoảng thời gian trong năm 2999 khớp %n đối tượng</numerusform>
            </translation>
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
        <name>HelpDialogs</name>
        <message>
            <source>About IOC Desktop</source>
            <translation>Giới thiệu IOC Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who&apos;s On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Ứng dụng máy trạm của Trung tâm Giám sát, điều hành thông minh tỉnh Hà Tĩnh.&lt;/p&gt;&lt;p&gt;Bộ nhớ đệm cục bộ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dữ liệu bản đồ: Ranh giới và địa danh: Who&apos;s On First (CC0 / CC-BY), gồm dữ liệu của foursquare Quattroshapes (CC-BY) và GeoNames (CC-BY 4.0). Tỉnh lân cận, tên sông và địa danh: Made with Natural Earth (phạm vi công cộng). Đường bờ biển, đất liền, sông và đảo: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). Đường biên quốc gia và các nước lân cận: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); đã được cắt và giản lược cho ứng dụng này.&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>The language will change the next time IOC Desktop starts. Your layout is kept.</source>
            <translation>Ngôn ngữ sẽ thay đổi vào lần khởi động IOC Desktop tiếp theo. Bố cục của bạn được giữ nguyên.</translation>
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
            <source>A first sync of %1 is still running: export the snapshot when it has finished.</source>
            <translation>Lần đồng bộ đầu tiên của %1 vẫn đang chạy: hãy xuất bản chụp dữ liệu khi đã xong.</translation>
        </message>
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
        <message>
            <source>%1, which IOC Desktop does not create: the file may have been altered</source>
            <translation>%1, thứ mà IOC Desktop không tạo ra: tệp có thể đã bị sửa đổi</translation>
        </message>
        <message>
            <source>its %1 %2 differs from the one of cache schema %3</source>
            <translation>%1 %2 của tệp khác với bản của lược đồ bộ nhớ đệm %3</translation>
        </message>
        <message>
            <source>it holds a virtual table %1</source>
            <translation>tệp chứa bảng ảo %1</translation>
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
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ qua thay đổi</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
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
        <name>ioc::app::Briefing</name>
        <message>
            <source>no data</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>%1 %2 points vs the previous period</source>
            <translation>%1 %2 điểm % so với kỳ trước</translation>
        </message>
        <message>
            <source>%1 %2 % vs the previous period</source>
            <translation>%1 %2 % so với kỳ trước</translation>
        </message>
        <message>
            <source>Unknown period &apos;%1&apos;; use one of: %2.</source>
            <translation>Kỳ &apos;%1&apos; không hợp lệ; dùng một trong: %2.</translation>
        </message>
        <message>
            <source>Unknown report &apos;%1&apos;; use one of: %2.</source>
            <translation>Báo cáo &apos;%1&apos; không tồn tại; dùng một trong: %2.</translation>
        </message>
        <message>
            <source>Briefing written to %1</source>
            <translation>Đã ghi báo cáo vào %1</translation>
        </message>
        <message numerus="yes">
            <source>Active alerts (%n)</source>
            <translation>
                <numerusform>Cảnh báo đang hoạt động (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Mức độ</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Phân hệ</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Phát sinh</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>acknowledged by %1 %2</source>
            <translation>đã xác nhận bởi %1 lúc %2</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>chưa xử lý</translation>
        </message>
        <message>
            <source>Whole province</source>
            <translation>Toàn tỉnh</translation>
        </message>
        <message>
            <source>Ha Tinh province briefing</source>
            <translation>Báo cáo tổng hợp tỉnh Hà Tĩnh</translation>
        </message>
        <message>
            <source>The province at a glance</source>
            <translation>Toàn cảnh tỉnh</translation>
        </message>
        <message>
            <source>Active alerts on the map</source>
            <translation>Cảnh báo đang hoạt động trên bản đồ</translation>
        </message>
        <message>
            <source>Briefing: %1</source>
            <translation>Báo cáo: %1</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Bản đồ</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::BriefingActions</name>
        <message>
            <source>Export &amp;briefing PDF…</source>
            <translation>Xuất &amp;báo cáo PDF…</translation>
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation>&amp;In báo cáo…</translation>
        </message>
        <message>
            <source>Province overview</source>
            <translation>Tổng hợp toàn tỉnh</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Báo cáo:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hôm qua</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Tháng này</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Quý này</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Năm nay</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>Export briefing</source>
            <translation>Xuất báo cáo</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::ConnectionBanner</name>
        <message>
            <source>never synced</source>
            <translation>chưa từng đồng bộ</translation>
        </message>
        <message>
            <source>Offline since %1 — data as of %2</source>
            <translation>Mất kết nối từ %1 — dữ liệu lúc %2</translation>
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
        <name>ioc::app::GlobalSearchPopup</name>
        <message>
            <source>Places</source>
            <translation>Địa danh</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Tìm kiếm toàn bộ</translation>
        </message>
        <message>
            <source>Search places, dossiers, documents, cameras… (diacritics optional)</source>
            <translation>Tìm địa danh, hồ sơ, văn bản, camera… (gõ có dấu hoặc không dấu)</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Nội dung tìm kiếm</translation>
        </message>
        <message>
            <source>Search results, grouped by module</source>
            <translation>Kết quả tìm kiếm, nhóm theo phân hệ</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>Nothing found for &quot;%1&quot;</source>
            <translation>Không tìm thấy kết quả cho “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) — Enter opens, ↑↓ choose, Esc closes</source>
            <translation>
                <numerusform>%n kết quả — Enter để mở, ↑↓ để chọn, Esc để đóng</numerusform>
            </translation>
        </message>
        <message>
            <source>Type at least two letters</source>
            <translation>Gõ ít nhất hai chữ cái</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::LayoutManager</name>
        <message>
            <source>Choose &amp;layout</source>
            <translation>Chọn &amp;bố cục</translation>
        </message>
        <message>
            <source>&amp;Save layout as…</source>
            <translation>&amp;Lưu bố cục thành…</translation>
        </message>
        <message>
            <source>Re&amp;name layout…</source>
            <translation>Đổi &amp;tên bố cục…</translation>
        </message>
        <message>
            <source>&amp;Delete layout</source>
            <translation>&amp;Xóa bố cục</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Khôi phục bố cục mặc định</translation>
        </message>
        <message>
            <source>Saved layouts</source>
            <translation>Các bố cục đã lưu</translation>
        </message>
        <message>
            <source>Switch to a saved arrangement of docks (Ctrl+L)</source>
            <translation>Chuyển sang một cách sắp xếp khung đã lưu (Ctrl+L)</translation>
        </message>
        <message>
            <source>The saved window layout was damaged; the default layout is used.</source>
            <translation>Bố cục cửa sổ đã lưu bị hỏng; đang dùng bố cục mặc định.</translation>
        </message>
        <message>
            <source>A layout needs a name.</source>
            <translation>Bố cục cần có tên.</translation>
        </message>
        <message>
            <source>The layout could not be saved: %1</source>
            <translation>Không lưu được bố cục: %1</translation>
        </message>
        <message>
            <source>The layout &quot;%1&quot; is damaged and cannot be used.</source>
            <translation>Bố cục &quot;%1&quot; bị hỏng và không dùng được.</translation>
        </message>
        <message>
            <source>The layout &quot;%1&quot; was saved by an older version and cannot be used.</source>
            <translation>Bố cục “%1” được lưu bởi phiên bản cũ và không dùng được nữa.</translation>
        </message>
        <message>
            <source>A layout named &quot;%1&quot; already exists.</source>
            <translation>Đã có bố cục tên “%1”.</translation>
        </message>
        <message>
            <source>No saved layouts</source>
            <translation>Chưa lưu bố cục nào</translation>
        </message>
        <message>
            <source>Choose a layout</source>
            <translation>Chọn bố cục</translation>
        </message>
        <message>
            <source>Save layout</source>
            <translation>Lưu bố cục</translation>
        </message>
        <message>
            <source>Name of this arrangement of docks (e.g. &quot;Flood watch&quot;):</source>
            <translation>Tên của cách sắp xếp khung này (ví dụ “Theo dõi lũ”):</translation>
        </message>
        <message>
            <source>A layout named &quot;%1&quot; exists. Replace it?</source>
            <translation>Đã có bố cục tên “%1”. Thay thế bố cục đó?</translation>
        </message>
        <message>
            <source>Rename layout</source>
            <translation>Đổi tên bố cục</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Tên mới:</translation>
        </message>
        <message>
            <source>Delete layout</source>
            <translation>Xóa bố cục</translation>
        </message>
        <message>
            <source>Delete the layout &quot;%1&quot;? The docks stay as they are.</source>
            <translation>Xóa bố cục “%1”? Các khung vẫn giữ nguyên như hiện tại.</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::MainWindow</name>
        <message>
            <source>The map file could not be used; showing the built-in map: %1</source>
            <translation>Không dùng được tệp bản đồ; đang hiển thị bản đồ có sẵn: %1</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>&amp;Cảnh báo</translation>
        </message>
        <message>
            <source>Not connected to a data center: only map tiles can be saved now.</source>
            <translation>Chưa kết nối trung tâm dữ liệu: hiện chỉ lưu được ô bản đồ.</translation>
        </message>
        <message>
            <source>Prepare for offline</source>
            <translation>Chuẩn bị làm việc ngoại tuyến</translation>
        </message>
        <message>
            <source>The data is being synced. No map tile server is set (Settings → Map), so the built-in offline map is used; it needs no download.</source>
            <translation>Dữ liệu đang được đồng bộ. Chưa cấu hình máy chủ ô bản đồ (Cài đặt → Bản đồ), nên dùng bản đồ ngoại tuyến tích hợp sẵn; không cần tải về.</translation>
        </message>
        <message>
            <source>an operator</source>
            <translation>một cán bộ trực</translation>
        </message>
        <message>
            <source>Hà Tĩnh</source>
            <translation>Hà Tĩnh</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::SettingsDialog</name>
        <message>
            <source> s</source>
            <translation> giây</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Data center</source>
            <translation>Trung tâm dữ liệu</translation>
        </message>
        <message>
            <source>Data center address</source>
            <translation>Địa chỉ trung tâm dữ liệu</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Để trống để giữ mã truy cập đã lưu</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Mã truy cập</translation>
        </message>
        <message>
            <source>Interval for live data, in seconds</source>
            <translation>Chu kỳ đồng bộ dữ liệu trực tiếp, tính bằng giây</translation>
        </message>
        <message>
            <source>Interval for catalogues and statistics, in seconds</source>
            <translation>Chu kỳ đồng bộ danh mục và số liệu thống kê, tính bằng giây</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Địa chỉ:</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Mã truy cập:</translation>
        </message>
        <message>
            <source>&amp;Live data every:</source>
            <translation>Dữ liệu &amp;trực tiếp mỗi:</translation>
        </message>
        <message>
            <source>&amp;Catalogues and statistics every:</source>
            <translation>Danh mục và &amp;thống kê mỗi:</translation>
        </message>
        <message>
            <source>Address and intervals take effect the next time IOC Desktop starts. The token is kept in the system keyring.</source>
            <translation>Địa chỉ và chu kỳ có hiệu lực từ lần khởi động IOC Desktop tiếp theo. Mã truy cập được cất trong kho khóa của hệ thống.</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <source>Dark (control room)</source>
            <translation>Tối (phòng điều hành)</translation>
        </message>
        <message>
            <source>Play a &amp;sound for new critical alerts</source>
            <translation>Phát &amp;âm thanh khi có cảnh báo nghiêm trọng mới</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>A new language takes effect after IOC Desktop restarts; the layout is kept.</source>
            <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại IOC Desktop; bố cục được giữ nguyên.</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>&amp;Giao diện:</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Bản đồ</translation>
        </message>
        <message>
            <source>None: the built-in vector map</source>
            <translation>Không có: dùng bản đồ vectơ có sẵn</translation>
        </message>
        <message>
            <source>MBTiles file</source>
            <translation>Tệp MBTiles</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <source>Choose an MBTiles file</source>
            <translation>Chọn tệp MBTiles</translation>
        </message>
        <message>
            <source>Tile server address</source>
            <translation>Địa chỉ máy chủ ô bản đồ</translation>
        </message>
        <message>
            <source>Home area, west longitude</source>
            <translation>Vùng mặc định, kinh độ phía tây</translation>
        </message>
        <message>
            <source>Home area, south latitude</source>
            <translation>Vùng mặc định, vĩ độ phía nam</translation>
        </message>
        <message>
            <source>Home area, east longitude</source>
            <translation>Vùng mặc định, kinh độ phía đông</translation>
        </message>
        <message>
            <source>Home area, north latitude</source>
            <translation>Vùng mặc định, vĩ độ phía bắc</translation>
        </message>
        <message>
            <source>&amp;MBTiles file:</source>
            <translation>Tệp &amp;MBTiles:</translation>
        </message>
        <message>
            <source>Tile &amp;URL:</source>
            <translation>&amp;URL ô bản đồ:</translation>
        </message>
        <message>
            <source>Home area (W, S, E, N):</source>
            <translation>Vùng mặc định (T, N, Đ, B):</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>A token needs a data center address: enter the address first.</source>
            <translation>Mã truy cập cần đi kèm địa chỉ trung tâm dữ liệu: hãy nhập địa chỉ trước.</translation>
        </message>
        <message>
            <source>The token could not be stored: %1</source>
            <translation>Không lưu được mã truy cập: %1</translation>
        </message>
        <message>
            <source>The settings could not be written to %1.</source>
            <translation>Không ghi được cài đặt vào %1.</translation>
        </message>
        <message>
            <source>MBTiles map files (*.mbtiles);;All files (*)</source>
            <translation>Tệp bản đồ MBTiles (*.mbtiles);;Tất cả các tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::SettingsValidation</name>
        <message>
            <source>The data center address is not a valid URL. Expected e.g. https://ioc.hatinh.gov.vn/api</source>
            <translation>Địa chỉ trung tâm dữ liệu không phải URL hợp lệ. Ví dụ đúng: https://ioc.hatinh.gov.vn/api</translation>
        </message>
        <message>
            <source>The data center address must start with https:// (or http:// on a closed network).</source>
            <translation>Địa chỉ trung tâm dữ liệu phải bắt đầu bằng https:// (hoặc http:// trong mạng nội bộ khép kín).</translation>
        </message>
        <message>
            <source>Do not put a user name or password in the address; use the token field.</source>
            <translation>Không ghi tên đăng nhập hay mật khẩu trong địa chỉ; hãy dùng ô mã truy cập.</translation>
        </message>
        <message>
            <source>The token must not contain spaces or line breaks; paste it exactly as the data center issued it.</source>
            <translation>Mã truy cập không được chứa dấu cách hay xuống dòng; hãy dán đúng như trung tâm dữ liệu đã cấp.</translation>
        </message>
        <message>
            <source>A sync interval must be between 10 seconds and 24 hours.</source>
            <translation>Chu kỳ đồng bộ phải từ 10 giây đến 24 giờ.</translation>
        </message>
        <message>
            <source>The map file %1 does not exist.</source>
            <translation>Tệp bản đồ %1 không tồn tại.</translation>
        </message>
        <message>
            <source>%1 is a folder, not an MBTiles file.</source>
            <translation>%1 là thư mục, không phải tệp MBTiles.</translation>
        </message>
        <message>
            <source>The map file %1 cannot be read: %2</source>
            <translation>Không đọc được tệp bản đồ %1: %2</translation>
        </message>
        <message>
            <source>%1 is not an MBTiles file (it is not an SQLite database).</source>
            <translation>%1 không phải tệp MBTiles (không phải cơ sở dữ liệu SQLite).</translation>
        </message>
        <message>
            <source>The tile address must be an http(s) URL, e.g. https://tiles.example.vn/{z}/{x}/{y}.png</source>
            <translation>Địa chỉ ô bản đồ phải là URL http(s), ví dụ https://tiles.example.vn/{z}/{x}/{y}.png</translation>
        </message>
        <message>
            <source>The tile address lacks %1; it needs {z}, {x} and {y}.</source>
            <translation>Địa chỉ ô bản đồ thiếu %1; cần có đủ {z}, {x} và {y}.</translation>
        </message>
        <message>
            <source>The home area must lie within longitudes −180…180 and latitudes −85…85.</source>
            <translation>Vùng mặc định phải nằm trong kinh độ −180…180 và vĩ độ −85…85.</translation>
        </message>
        <message>
            <source>The home area is empty: west must be less than east and south less than north.</source>
            <translation>Vùng mặc định bị rỗng: kinh độ tây phải nhỏ hơn đông và vĩ độ nam phải nhỏ hơn bắc.</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::ShortcutHelpDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Tab and Shift+Tab move between the controls of a dock; arrow keys move inside tables and maps.</source>
            <translation>Tab và Shift+Tab chuyển giữa các điều khiển trong một khung; phím mũi tên di chuyển trong bảng và bản đồ.</translation>
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
        <name>ioc::app::StatusBarController</name>
        <message>
            <source>Connection</source>
            <translation>Kết nối</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Hộp thư đi</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Tiến độ đồng bộ</translation>
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
            <source>Offline — working from the cache</source>
            <translation>Ngoại tuyến — làm việc với dữ liệu đã lưu</translation>
        </message>
        <message>
            <source>Data center: not configured</source>
            <translation>Trung tâm dữ liệu: chưa cấu hình</translation>
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
        <message>
            <source>&amp;Delete held features…</source>
            <translation>&amp;Xóa các đối tượng đang giữ lại…</translation>
        </message>
        <message>
            <source>The data center no longer lists many features of the selected collection; they were kept until you confirm</source>
            <translation>Trung tâm dữ liệu không còn liệt kê nhiều đối tượng của bộ dữ liệu đã chọn; chúng được giữ lại cho đến khi bạn xác nhận</translation>
        </message>
        <message>
            <source>Delete features no longer on the data center?</source>
            <translation>Xóa các đối tượng không còn trên trung tâm dữ liệu?</translation>
        </message>
        <message numerus="yes">
            <source>The data center no longer lists %Ln feature(s) of “%1” that this workstation still has. That is more of the collection than sync deletes on its own: it more often means the server answers from the wrong table or filter than that they were removed.</source>
            <translation>
                <numerusform>Trung tâm dữ liệu không còn liệt kê %Ln đối tượng của “%1” mà máy trạm này vẫn có. Số đó vượt quá phần mà đồng bộ được tự xóa: thường là do máy chủ trả lời từ bảng hoặc bộ lọc sai, hơn là do chúng thật sự bị xóa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete them from this workstation&apos;s copy? The next sync does it; if even more have gone by then, it asks again.</source>
            <translation>Xóa chúng khỏi bản sao trên máy trạm này? Lần đồng bộ tới sẽ thực hiện; nếu đến lúc đó còn mất nhiều hơn, hệ thống sẽ hỏi lại.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Data issues</source>
            <translation>Lỗi dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallConfig</name>
        <message>
            <source>wall/%1 must be between %2 and %3; using %4.</source>
            <translation>wall/%1 phải nằm trong khoảng %2 đến %3; dùng %4.</translation>
        </message>
        <message>
            <source>Wall board &apos;%1&apos; is not a module; left out.</source>
            <translation>Bảng &apos;%1&apos; không phải phân hệ; đã bỏ qua.</translation>
        </message>
        <message>
            <source>Screen &apos;%1&apos; does not exist (this machine has %2); using the primary screen.</source>
            <translation>Không có màn hình &apos;%1&apos; (máy này có %2); dùng màn hình chính.</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallSession</name>
        <message>
            <source>no data</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>records in the cache</source>
            <translation>bản ghi trong bộ nhớ đệm</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallTile</name>
        <message>
            <source>✓ No active alerts</source>
            <translation>✓ Không có cảnh báo</translation>
        </message>
        <message>
            <source>◆ %1 critical · ▲ %2 warnings</source>
            <translation>◆ %1 khẩn cấp · ▲ %2 cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallWindow</name>
        <message>
            <source>IOC wall display</source>
            <translation>Màn hình tường IOC</translation>
        </message>
        <message>
            <source>Board &quot;%1&quot; is not available</source>
            <translation>Không có bảng &quot;%1&quot;</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WindowActions</name>
        <message>
            <source>&amp;Sync now</source>
            <translation>Đồng &amp;bộ ngay</translation>
        </message>
        <message>
            <source>Sync status and data &amp;issues…</source>
            <translation>Tình trạng đồng bộ và &amp;lỗi dữ liệu…</translation>
        </message>
        <message>
            <source>&amp;Refused actions…</source>
            <translation>Thao tác bị &amp;từ chối…</translation>
        </message>
        <message>
            <source>Work &amp;offline</source>
            <translation>Làm việc &amp;ngoại tuyến</translation>
        </message>
        <message>
            <source>Pause syncing and work from the cache; actions wait in the outbox</source>
            <translation>Tạm dừng đồng bộ và làm việc với dữ liệu lưu sẵn; các thao tác chờ trong hộp thư đi</translation>
        </message>
        <message>
            <source>&amp;Prepare for offline…</source>
            <translation>&amp;Chuẩn bị làm việc ngoại tuyến…</translation>
        </message>
        <message>
            <source>Save map &amp;area for offline use…</source>
            <translation>Lưu &amp;vùng bản đồ để dùng ngoại tuyến…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;Search everywhere…</source>
            <translation>&amp;Tìm kiếm toàn bộ…</translation>
        </message>
        <message>
            <source>&amp;Filter records of the current dock</source>
            <translation>&amp;Lọc bản ghi của khung hiện tại</translation>
        </message>
        <message>
            <source>Ne&amp;xt dock</source>
            <translation>Khung &amp;kế tiếp</translation>
        </message>
        <message>
            <source>&amp;Previous dock</source>
            <translation>Khung &amp;trước</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Toàn màn hình</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
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
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
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
            <source>&amp;Layouts</source>
            <translation>&amp;Bố cục</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Giao diện</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Theo &amp;hệ thống</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Sáng</translation>
        </message>
        <message>
            <source>&amp;Dark (control room)</source>
            <translation>&amp;Tối (phòng điều hành)</translation>
        </message>
        <message>
            <source>La&amp;nguage</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Chính</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Bố cục:</translation>
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
    </context>
    <context>
        <name>ioc::cameras::Tr</name>
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
            <source>Confirmed</source>
            <translation>Xác nhận đúng</translation>
        </message>
        <message>
            <source>The detection is real</source>
            <translation>Phát hiện này là đúng</translation>
        </message>
        <message>
            <source>False positive</source>
            <translation>Báo sai</translation>
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
            <source>Up to %1 on each day</source>
            <translation>Đến %1 của mỗi ngày</translation>
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
            <source>%1
%2, last heartbeat %3</source>
            <translation>%1
%2, tín hiệu cuối %3</translation>
        </message>
        <message>
            <source>%1 (%2 %)
%3, camera %4</source>
            <translation>%1 (%2 %)
%3, camera %4</translation>
        </message>
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
            <source>Security</source>
            <translation>An ninh</translation>
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
            <source>Unit</source>
            <translation>Đơn vị hành chính</translation>
        </message>
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
        <name>ioc::collections</name>
        <message>
            <source>Administrative units</source>
            <translation>Đơn vị hành chính</translation>
        </message>
        <message>
            <source>Administrative reorganisation</source>
            <translation>Sắp xếp đơn vị hành chính</translation>
        </message>
        <message>
            <source>Alert acknowledgements</source>
            <translation>Tiếp nhận cảnh báo</translation>
        </message>
        <message>
            <source>Operator notes</source>
            <translation>Ghi chú của trực ban</translation>
        </message>
        <message>
            <source>Directives</source>
            <translation>Chỉ đạo</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Indicator figures</source>
            <translation>Số liệu chỉ tiêu</translation>
        </message>
        <message>
            <source>Plan targets</source>
            <translation>Kế hoạch chỉ tiêu</translation>
        </message>
        <message>
            <source>One-stop offices</source>
            <translation>Bộ phận một cửa</translation>
        </message>
        <message>
            <source>Administrative dossiers</source>
            <translation>Hồ sơ thủ tục hành chính</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>Assigned tasks</source>
            <translation>Nhiệm vụ được giao</translation>
        </message>
        <message>
            <source>Health facilities</source>
            <translation>Cơ sở y tế</translation>
        </message>
        <message>
            <source>Hospital bed occupancy</source>
            <translation>Công suất giường bệnh</translation>
        </message>
        <message>
            <source>Disease cases</source>
            <translation>Ca bệnh</translation>
        </message>
        <message>
            <source>Vaccination</source>
            <translation>Tiêm chủng</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Trường học</translation>
        </message>
        <message>
            <source>Daily school attendance</source>
            <translation>Chuyên cần theo ngày</translation>
        </message>
        <message>
            <source>Accommodation establishments</source>
            <translation>Cơ sở lưu trú</translation>
        </message>
        <message>
            <source>Room occupancy</source>
            <translation>Công suất buồng phòng</translation>
        </message>
        <message>
            <source>Tourist attractions</source>
            <translation>Điểm du lịch</translation>
        </message>
        <message>
            <source>Visitor arrivals</source>
            <translation>Lượt khách</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Camera events</source>
            <translation>Sự kiện camera</translation>
        </message>
    </context>
    <context>
        <name>ioc::core::RecordCsv</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
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
        <name>ioc::documents::Tr</name>
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
            <source>* period still running: to date.</source>
            <translation>* kỳ chưa kết thúc: số liệu đến nay.</translation>
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
            <source>Directives</source>
            <translation>Chỉ đạo</translation>
        </message>
        <message>
            <source>Incoming</source>
            <comment>document direction</comment>
            <translation>Văn bản đến</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <comment>document direction</comment>
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
    </context>
    <context>
        <name>ioc::education::Tr</name>
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
        <message>
            <source>Open</source>
            <translation>Học bình thường</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Nghỉ học</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Cấp học</translation>
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
        <name>ioc::health::Tr</name>
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
        <message>
            <source>Facility</source>
            <translation>Cơ sở y tế</translation>
        </message>
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
            <source>Occupied</source>
            <translation>Giường có bệnh nhân</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
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
        <name>ioc::map::OfflineDownload</name>
        <message>
            <source>%1 tiles is too many for one download (at most %2): choose a smaller area or fewer zoom levels.</source>
            <translation>%1 ô bản đồ là quá nhiều cho một lần tải (tối đa %2): hãy chọn vùng nhỏ hơn hoặc ít mức thu phóng hơn.</translation>
        </message>
        <message>
            <source>The map has no tile server configured.</source>
            <translation>Bản đồ chưa được cấu hình máy chủ ô bản đồ.</translation>
        </message>
        <message>
            <source>A download is already running.</source>
            <translation>Đang có một lượt tải khác đang chạy.</translation>
        </message>
        <message>
            <source>The area contains no tiles.</source>
            <translation>Vùng này không có ô bản đồ nào.</translation>
        </message>
    </context>
    <context>
        <name>ioc::map::SaveAreaDialog</name>
        <message>
            <source>Save this area for offline use</source>
            <translation>Lưu vùng này để dùng ngoại tuyến</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Khung nhìn hiện tại</translation>
        </message>
        <message>
            <source>Selected area (Shift-drag)</source>
            <translation>Vùng đã chọn (Shift + kéo)</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Vùng:</translation>
        </message>
        <message>
            <source>From zoom level:</source>
            <translation>Từ mức thu phóng:</translation>
        </message>
        <message>
            <source>To zoom level:</source>
            <translation>Đến mức thu phóng:</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Tải xuống</translation>
        </message>
        <message>
            <source>%1 tiles, about %2. Tiles already saved are skipped.</source>
            <translation>%1 ô bản đồ, khoảng %2. Các ô đã lưu sẽ được bỏ qua.</translation>
        </message>
        <message>
            <source>That is more than %1 tiles: choose a smaller area or fewer zoom levels.</source>
            <translation>Vượt quá %1 ô bản đồ: hãy chọn vùng nhỏ hơn hoặc ít mức thu phóng hơn.</translation>
        </message>
        <message>
            <source>No tile server is configured for this map; the built-in map already works offline.</source>
            <translation>Bản đồ này chưa cấu hình máy chủ ô bản đồ; bản đồ có sẵn vẫn dùng được khi ngoại tuyến.</translation>
        </message>
        <message>
            <source>Saving map tiles: %1 of %2</source>
            <translation>Đang lưu ô bản đồ: %1 / %2</translation>
        </message>
        <message>
            <source>Cancelling; the tiles saved so far are kept…</source>
            <translation>Đang hủy; các ô đã lưu được giữ lại…</translation>
        </message>
        <message>
            <source>%1 tiles saved, %2 were already saved, %3 failed.</source>
            <translation>Đã lưu %1 ô, %2 ô đã có sẵn, %3 ô lỗi.</translation>
        </message>
        <message>
            <source>Cancelled. </source>
            <translation>Đã hủy. </translation>
        </message>
        <message>
            <source>Where tiles are missing the map shows the built-in basemap.</source>
            <translation>Ở nơi thiếu ô bản đồ, bản đồ hiển thị nền bản đồ có sẵn.</translation>
        </message>
        <message>
            <source>Save this area for offline use…</source>
            <translation>Lưu vùng này để dùng ngoại tuyến…</translation>
        </message>
        <message>
            <source>Download the map tiles of this area so the map works without network</source>
            <translation>Tải các ô bản đồ của vùng này để bản đồ hoạt động khi không có mạng</translation>
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
        <name>ioc::publicservices::Tr</name>
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
            <source>* period still running: to date.</source>
            <translation>* kỳ chưa kết thúc: số liệu đến nay.</translation>
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
            <source>Received</source>
            <comment>records</comment>
            <translation>Đã tiếp nhận</translation>
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
        <name>ioc::reports::ReportWriter</name>
        <message>
            <source>never</source>
            <translation>chưa có</translation>
        </message>
        <message>
            <source>Cannot write the report to %1.</source>
            <translation>Không ghi được báo cáo vào %1.</translation>
        </message>
        <message>
            <source>Period: %1 · Area: %2 · Data as of %3</source>
            <translation>Kỳ: %1 · Địa bàn: %2 · Dữ liệu lúc %3</translation>
        </message>
        <message>
            <source>Generated %1 · data as of %2</source>
            <translation>Lập lúc %1 · dữ liệu lúc %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
    </context>
    <context>
        <name>ioc::socioeconomic::Tr</name>
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
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã địa bàn</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>ioc::sync::SyncEngine</name>
        <message>
            <source>The disk holding %1 is full: sync paused. Nothing stored was lost; free space on it and sync resumes where it stopped.</source>
            <translation>Ổ đĩa chứa %1 đã đầy: đồng bộ tạm dừng. Không mất dữ liệu nào đã lưu; hãy giải phóng dung lượng trên ổ đĩa, đồng bộ sẽ tiếp tục từ chỗ đã dừng.</translation>
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
        <message numerus="yes">
            <source>%1 (%n request(s))</source>
            <translation>
                <numerusform>%1 (%n yêu cầu)</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloaded (last hour)</source>
            <translation>Đã tải (1 giờ qua)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln deletion(s) held for confirmation</source>
            <translation>
                <numerusform>%Ln đối tượng chờ xác nhận xóa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::tourism::Tr</name>
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
            <source>Unit</source>
            <translation>Đơn vị hành chính</translation>
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
            <source>Resol&amp;ve</source>
            <translation>&amp;Xử lý xong</translation>
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
        <message>
            <source>&amp;Directive…</source>
            <translation>&amp;Giao nhiệm vụ…</translation>
        </message>
        <message>
            <source>Assign this alert to an agency with a deadline</source>
            <translation>Giao cảnh báo này cho một cơ quan xử lý, có hạn</translation>
        </message>
        <message>
            <source>Acknowledge the selected alert (Ctrl+Enter)</source>
            <translation>Xác nhận cảnh báo đang chọn (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Mark the selected alert resolved, with a note (Ctrl+Shift+Enter)</source>
            <translation>Đánh dấu cảnh báo đang chọn đã xử lý xong, kèm ghi chú (Ctrl+Shift+Enter)</translation>
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
        <message>
            <source>Area within the current one</source>
            <translation>Địa bàn trực thuộc</translation>
        </message>
        <message>
            <source>Period length</source>
            <translation>Loại kỳ</translation>
        </message>
        <message>
            <source>A day in the period</source>
            <translation>Một ngày trong kỳ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <source>What the figures show</source>
            <translation>Chỉ tiêu hiển thị</translation>
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
        <message>
            <source>Loading the agencies…</source>
            <translation>Đang tải danh sách cơ quan…</translation>
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
        <message>
            <source>%1. Review and report the measures taken.</source>
            <translation>%1. Đề nghị xem xét và báo cáo biện pháp đã thực hiện.</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::OutboxDialog</name>
        <message>
            <source>Taken at</source>
            <translation>Thực hiện lúc</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Refused because</source>
            <translation>Lý do bị từ chối</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Quyết định lúc</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người quyết định</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>&amp;Send again</source>
            <translation>&amp;Gửi lại</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Huỷ bỏ…</translation>
        </message>
        <message>
            <source>Refused actions</source>
            <translation>Thao tác bị từ chối</translation>
        </message>
        <message>
            <source>The data center refused these actions. Send one again once its cause is fixed, or discard it: it then stays on this workstation and is never sent. Each decision is recorded with your name.</source>
            <translation>Trung tâm dữ liệu đã từ chối các thao tác này. Hãy gửi lại sau khi đã khắc phục nguyên nhân, hoặc huỷ bỏ: thao tác đó được giữ trên máy này và không bao giờ được gửi. Mỗi quyết định được ghi lại kèm tên của bạn.</translation>
        </message>
        <message>
            <source>Operator:</source>
            <translation>Cán bộ trực:</translation>
        </message>
        <message>
            <source>Decisions made on this workstation:</source>
            <translation>Các quyết định đã thực hiện trên máy này:</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>đã gửi lại</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>đã huỷ bỏ</translation>
        </message>
        <message>
            <source>No refused actions.</source>
            <translation>Không có thao tác nào bị từ chối.</translation>
        </message>
        <message numerus="yes">
            <source>%n refused action(s).</source>
            <translation>
                <numerusform>%n thao tác bị từ chối.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the action?</source>
            <translation>Huỷ bỏ thao tác này?</translation>
        </message>
        <message>
            <source>“%1” will never reach the data center. It stays on this workstation, and your decision is recorded.</source>
            <translation>“%1” sẽ không bao giờ được gửi đến trung tâm dữ liệu. Thao tác được giữ trên máy này và quyết định của bạn được ghi lại.</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Tiếp nhận cảnh báo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Directive</source>
            <translation>Chỉ đạo</translation>
        </message>
        <message>
            <source>alert in %1</source>
            <translation>cảnh báo trong %1</translation>
        </message>
        <message>
            <source>alert in %1 — %2</source>
            <translation>cảnh báo trong %1 — %2</translation>
        </message>
        <message>
            <source>%1 (to %2)</source>
            <translation>%1 (giao %2)</translation>
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
        <message>
            <source>Filter records</source>
            <translation>Lọc bản ghi</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <source>Data age</source>
            <translation>Độ mới của dữ liệu</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <source>Export the records shown (all of them, with this filter) as CSV</source>
            <translation>Xuất các bản ghi đang lọc (toàn bộ, theo bộ lọc này) ra CSV</translation>
        </message>
        <message>
            <source>Export records as CSV</source>
            <translation>Xuất bản ghi ra CSV</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>Xuất bản ghi</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::Theme</name>
        <message>
            <source>Critical</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Cao</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Thấp</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Thông tin</translation>
        </message>
    </context>
</TS>
