// Startup profiles of the demo market (fictional startups).
import type { SeedStartup } from '../types.ts'

export const startups: SeedStartup[] = [
	{
		organizationKey: 'su-thuy-minh',
		title: 'Thủy Minh Aqua - cảm biến và ứng dụng giám sát ao nuôi tôm cho hộ nuôi nhỏ',
		summary: 'Bộ cảm biến IoT giá dưới 8 triệu đồng đo oxy, pH, nhiệt độ ao nuôi và cảnh báo qua điện thoại, thuê bao theo vụ nuôi.',
		description: `Hộ nuôi tôm nhỏ chiếm đa số ở vùng ven biển nhưng không đủ tiền mua thiết bị đo nhập khẩu, thường phát hiện thiếu oxy khi tôm đã nổi đầu.

**Sản phẩm**
- Phao đo nổi dùng pin mặt trời, cảm biến oxy quang học
- Ứng dụng tiếng Việt, cảnh báo bằng cuộc gọi tự động lúc nửa đêm
- Mô hình cho thuê thiết bị theo vụ, 450.000 đồng/ao/tháng

**Kết quả**: 230 ao đang sử dụng tại Giao Thủy, Hải Hậu; doanh thu năm gần nhất 1,6 tỷ đồng. Đang gọi vốn để mở rộng sang vùng nuôi Thái Bình, Thanh Hóa.`,
		fields: ['aquaculture', 'electrical-electronics', 'it-digital'],
		keywords: ['iot', 'ao nuôi tôm', 'khởi nghiệp', 'cảm biến oxy'],
		communeCode: 'NB025',
		stage: 'EARLY_REVENUE',
		foundedOn: '2022-03-15',
		teamSize: 9,
		seeks: ['FUNDING', 'CUSTOMERS', 'PARTNERS'],
	},
	{
		organizationKey: 'su-dong-xanh',
		title: 'Đồng Xanh - nhật ký canh tác điện tử và truy xuất nguồn gốc gạo đặc sản',
		summary: 'Ứng dụng giúp nông dân ghi nhật ký canh tác bằng giọng nói và hình ảnh, tạo tem truy xuất cho gạo tám, gạo hữu cơ.',
		description: `Các doanh nghiệp gạo đặc sản cần chứng minh quy trình canh tác nhưng nông dân lớn tuổi ngại ghi chép.

- Ghi nhật ký bằng giọng nói, chụp ảnh có định vị và thời gian
- Tự động đối chiếu với quy trình VietGAP, hữu cơ, cảnh báo sai lệch
- Tạo tem QR cho từng lô gạo, kết nối sàn thương mại điện tử

Đang thí điểm với 3 hợp tác xã, 420 hộ và 280 ha lúa. Cần nhà đầu tư thiên thần và đối tác phân phối gạo.`,
		fields: ['agriculture', 'it-digital'],
		keywords: ['truy xuất nguồn gốc', 'nhật ký canh tác', 'gạo đặc sản', 'chuyển đổi số nông nghiệp'],
		communeCode: 'NB023',
		stage: 'MVP',
		foundedOn: '2023-06-01',
		teamSize: 5,
		seeks: ['FUNDING', 'CUSTOMERS', 'INCUBATION'],
	},
	{
		organizationKey: 'su-soi-vong-tron',
		title: 'Vòng Tròn - tái chế vải vụn và quần áo cũ thành sợi tái sinh',
		summary: 'Thu gom vải vụn từ xưởng may và quần áo cũ, tách xơ và kéo sợi tái sinh để dệt khăn, túi và vải bọc nội thất.',
		description: `Mỗi năm các xưởng may trong tỉnh thải hàng nghìn tấn vải vụn, phần lớn bị đốt hoặc chôn lấp.

- Phân loại vải theo màu và thành phần bằng cảm biến cận hồng ngoại cầm tay
- Hợp tác nhà máy sợi OE để kéo sợi pha tới 60 % xơ tái sinh
- Sản phẩm thương hiệu riêng: khăn, túi tote, vải bọc ghế

Đã ký hợp đồng thu gom với 14 xưởng may, doanh thu 9 tháng đầu 850 triệu đồng.`,
		fields: ['textile-garment', 'environment'],
		keywords: ['tái chế vải', 'kinh tế tuần hoàn', 'sợi tái sinh', 'thời trang bền vững'],
		communeCode: 'NB010',
		stage: 'EARLY_REVENUE',
		foundedOn: '2023-01-09',
		teamSize: 7,
		seeks: ['FUNDING', 'PARTNERS', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-canh-dong-bay',
		title: 'Cánh Đồng Drone - dịch vụ phun thuốc và bón phân bằng thiết bị bay theo bản đồ ruộng',
		summary: 'Dịch vụ phun thuốc, bón phân, gieo sạ bằng thiết bị bay không người lái theo bản đồ số, đặt lịch qua ứng dụng.',
		description: `Đội 12 thiết bị bay phục vụ hợp tác xã và trang trại trong tỉnh; phun theo bản đồ nên giảm 30 % thuốc bảo vệ thực vật và 90 % nước.

- Lập bản đồ ruộng bằng flycam, lưu lịch sử phun từng thửa
- Đặt lịch và thanh toán qua ứng dụng, giá 120.000–150.000 đồng/ha
- Đào tạo phi công cho thanh niên nông thôn

Năm qua đã phục vụ 9.500 lượt ha; đang tìm vốn mở rộng đội bay và đối tác cung cấp dữ liệu sâu bệnh.`,
		fields: ['agriculture', 'automation'],
		keywords: ['thiết bị bay không người lái', 'phun thuốc', 'nông nghiệp chính xác', 'drone'],
		communeCode: 'NB030',
		stage: 'GROWTH',
		foundedOn: '2021-04-20',
		teamSize: 16,
		seeks: ['FUNDING', 'PARTNERS'],
	},
	{
		organizationKey: 'su-vai-viet-vision',
		title: 'Vải Việt Vision - trí tuệ nhân tạo kiểm tra lỗi vải và lỗi đường may',
		summary: 'Camera AI gắn trên máy kiểm vải và cuối chuyền may, phát hiện lỗi tự động, trả phí theo tháng không cần đầu tư lớn.',
		description: `Nhóm sáng lập gồm kỹ sư thị giác máy và cựu quản lý chất lượng nhà máy may.

- Bộ camera và máy tính biên lắp trong 1 ngày trên máy kiểm vải có sẵn
- Mô hình học sâu nhận diện 14 dạng lỗi vải, 8 dạng lỗi đường may
- Bảng điều khiển chất lượng theo lô, theo nhà cung cấp vải

Đang chạy thí điểm có trả phí tại 2 nhà máy; cần vốn và cố vấn bán hàng cho khách hàng doanh nghiệp lớn.`,
		fields: ['textile-garment', 'it-digital', 'automation'],
		keywords: ['trí tuệ nhân tạo', 'ai', 'kiểm tra lỗi vải', 'thị giác máy'],
		communeCode: 'NB008',
		stage: 'MVP',
		foundedOn: '2024-02-26',
		teamSize: 6,
		seeks: ['FUNDING', 'MENTORING', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-rong-bien-hai-thinh',
		title: 'Rong biển Hải Thịnh - nuôi rong nho trong bể và chế biến thực phẩm từ rong biển',
		summary: 'Nuôi rong nho trong bể tuần hoàn bằng nước biển ven bờ và chế biến rong tươi tách nước, snack rong câu.',
		description: `Dự án tận dụng nước biển sạch và nắng vùng ven biển Hải Hậu để nuôi rong nho quanh năm, thay vì nhập từ miền Trung.

- 400 m² bể nuôi, năng suất 1,5 tấn rong tươi/tháng
- Công nghệ tách nước bảo quản rong 30 ngày ở nhiệt độ thường
- Kênh bán: nhà hàng, siêu thị, sàn thương mại điện tử

Sản phẩm đang được đánh giá OCOP; cần vốn mở rộng lên 1.500 m² bể.`,
		fields: ['food-processing', 'aquaculture'],
		keywords: ['rong nho', 'rong biển', 'thực phẩm từ biển', 'ocop'],
		communeCode: 'NB024',
		stage: 'EARLY_REVENUE',
		foundedOn: '2022-09-05',
		teamSize: 8,
		seeks: ['FUNDING', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-lang-nghe-so',
		title: 'Làng nghề số - sàn thương mại điện tử xuyên biên giới cho hàng thủ công mỹ nghệ',
		summary: 'Giúp hộ sản xuất cói, mây tre, gỗ mỹ nghệ bán trực tiếp cho khách lẻ và cửa hàng nhỏ ở nước ngoài, lo trọn khâu chụp ảnh, đóng gói, vận chuyển.',
		description: `Hàng thủ công mỹ nghệ chủ yếu xuất qua trung gian, hộ sản xuất nhận giá thấp.

- Studio chụp ảnh sản phẩm tại làng nghề, mô tả đa ngôn ngữ
- Gian hàng trên sàn quốc tế và website riêng
- Gom hàng, đóng gói chuẩn xuất khẩu, gửi đường bưu chính

Đã có 85 hộ, 1.200 mã sản phẩm, đơn hàng từ 19 quốc gia. Cần đối tác logistics và vốn tồn kho.`,
		fields: ['it-digital', 'logistics', 'materials'],
		keywords: ['thương mại điện tử', 'thủ công mỹ nghệ', 'làng nghề', 'xuất khẩu'],
		communeCode: 'NB022',
		stage: 'EARLY_REVENUE',
		foundedOn: '2021-11-12',
		teamSize: 11,
		seeks: ['PARTNERS', 'FUNDING'],
	},
	{
		organizationKey: 'su-trai-nghiem-co-do',
		title: 'Cố Đô XR - tour thực tế tăng cường tái hiện kinh đô Hoa Lư',
		summary: 'Ứng dụng AR tái hiện cung điện, nghi lễ thời Đinh - Lê trên điện thoại của du khách tại khu di tích, bán vé theo lượt.',
		description: `Du khách trẻ và khách quốc tế muốn trải nghiệm sinh động hơn khi tham quan di tích.

- Mô hình 3D dựng theo tư liệu khảo cổ, được chuyên gia lịch sử thẩm định
- Tour AR 45 phút, thuyết minh 4 ngôn ngữ
- Gói sự kiện đêm cho đoàn khách

Đã bán 38.000 lượt trải nghiệm; hợp tác với 2 công ty lữ hành. Đang tham gia chương trình tăng tốc Tràng An Hub.`,
		fields: ['it-digital'],
		keywords: ['thực tế tăng cường', 'du lịch thông minh', 'di sản số', 'ar'],
		communeCode: 'NB002',
		stage: 'GROWTH',
		foundedOn: '2020-07-01',
		teamSize: 14,
		seeks: ['FUNDING', 'PARTNERS'],
	},
	{
		organizationKey: 'su-suc-khoe-an-tam',
		title: 'An Tâm Care - điều dưỡng tại nhà kết hợp theo dõi sức khỏe từ xa cho người cao tuổi',
		summary: 'Đặt điều dưỡng chăm sóc tại nhà qua ứng dụng, kèm thiết bị đo huyết áp, đường huyết kết nối để gia đình và bác sĩ theo dõi.',
		description: `Sáng lập bởi cựu sinh viên ngành điều dưỡng, đội ngũ 40 điều dưỡng cộng tác đã được đào tạo chuẩn.

- Gói chăm sóc sau phẫu thuật, chăm sóc người bệnh mạn tính
- Thiết bị đo tự động đồng bộ lên ứng dụng, cảnh báo chỉ số bất thường
- Hợp tác bác sĩ gia đình tư vấn trực tuyến

Phục vụ 310 gia đình; đang tìm cố vấn mở rộng mô hình nhượng quyền sang tỉnh lân cận.`,
		fields: ['health-pharma', 'it-digital'],
		keywords: ['điều dưỡng tại nhà', 'người cao tuổi', 'y tế từ xa', 'chăm sóc sức khỏe'],
		communeCode: 'NB008',
		stage: 'EARLY_REVENUE',
		foundedOn: '2022-05-18',
		teamSize: 12,
		seeks: ['MENTORING', 'FUNDING', 'PARTNERS'],
	},
	{
		organizationKey: 'su-nang-bac',
		title: 'Nắng Bắc Solar - điện mặt trời mái nhà trả góp cho hộ gia đình',
		summary: 'Lắp điện mặt trời mái nhà 3–10 kWp không cần vốn ban đầu, khách trả góp bằng tiền điện tiết kiệm, theo dõi sản lượng qua ứng dụng.',
		description: `Nhiều hộ gia đình muốn dùng năng lượng mặt trời nhưng ngại chi phí đầu tư 50–150 triệu đồng.

- Khảo sát mái bằng ảnh vệ tinh và flycam, báo giá trong 24 giờ
- Trả góp 36–60 tháng qua đối tác tài chính
- Giám sát từ xa, bảo trì định kỳ

Đã lắp 180 hệ thống, tổng 1,1 MWp. Cần đối tác ngân hàng xanh và nhà cung cấp thiết bị.`,
		fields: ['energy', 'it-digital'],
		keywords: ['điện mặt trời mái nhà', 'năng lượng mặt trời', 'trả góp', 'năng lượng tái tạo'],
		communeCode: 'NB013',
		stage: 'GROWTH',
		foundedOn: '2020-03-10',
		teamSize: 22,
		seeks: ['FUNDING', 'PARTNERS'],
	},
	{
		organizationKey: 'su-rom-vang',
		title: 'Rơm Vàng Biochar - than sinh học từ rơm rạ cải tạo đất và giảm đốt rơm',
		summary: 'Lò nhiệt phân di động biến rơm rạ, trấu thành than sinh học tại ruộng, bán cho vùng trồng rau, cây ăn quả.',
		description: `Mỗi vụ lúa, hàng trăm nghìn tấn rơm rạ bị đốt ngoài đồng gây ô nhiễm không khí.

- Lò nhiệt phân yếm khí đặt trên xe kéo, 1 tấn rơm/giờ
- Than sinh học phối trộn phân hữu cơ, tăng khả năng giữ ẩm và dinh dưỡng của đất
- Tính toán lượng các-bon lưu giữ trong đất để hướng tới tín chỉ các-bon

Đang hoàn thiện lò mẫu thứ hai và thử nghiệm trên 15 ha rau màu.`,
		fields: ['agriculture', 'environment', 'energy'],
		keywords: ['than sinh học', 'rơm rạ', 'cải tạo đất', 'tín chỉ carbon'],
		communeCode: 'NB018',
		stage: 'PROTOTYPE',
		foundedOn: '2024-04-22',
		teamSize: 4,
		seeks: ['FUNDING', 'INCUBATION', 'MENTORING'],
	},
	{
		organizationKey: 'su-nuoc-sach-lang-nghe',
		title: 'Nước sạch Làng nghề - module xử lý nước thải cho cơ sở sản xuất làng nghề',
		summary: 'Thiết bị xử lý nước thải dạng module 2–20 m³/ngày lắp đặt trong một ngày cho hộ dệt lụa, làm bún, chế biến nông sản.',
		description: `Các hộ sản xuất làng nghề không có mặt bằng và kinh phí xây trạm xử lý nước thải.

- Module keo tụ - lọc sinh học - lắng bằng nhựa composite, đặt nổi
- Cho thuê thiết bị kèm dịch vụ vận hành, 1,5–3 triệu đồng/tháng
- Cảm biến đo lưu lượng, pH, báo cáo cho chính quyền xã

Mẫu thử đã hoạt động 6 tháng tại 3 hộ dệt lụa; cần đối tác sản xuất vỏ composite và vốn cho 50 module đầu tiên.`,
		fields: ['environment'],
		keywords: ['xử lý nước thải', 'làng nghề', 'module', 'dịch vụ môi trường'],
		communeCode: 'NB015',
		stage: 'PROTOTYPE',
		foundedOn: '2024-08-14',
		teamSize: 5,
		seeks: ['FUNDING', 'PARTNERS', 'INCUBATION'],
	},
	{
		organizationKey: 'su-nam-duoc-lieu',
		title: 'Nấm dược liệu Hoa Lư - đông trùng hạ thảo và linh chi sạch theo quy trình khép kín',
		summary: 'Nuôi trồng đông trùng hạ thảo, linh chi trong phòng sạch và chế biến trà, nấm sấy thăng hoa đạt OCOP 4 sao.',
		description: `Doanh nghiệp được ươm tạo tại Vườn ươm Doanh nghiệp KH&CN Ninh Bình và nhận chuyển giao quy trình từ Trung tâm Ứng dụng tiến bộ KH&CN.

- Phòng nuôi 120 m², 8.000 hộp/chu kỳ
- Sấy thăng hoa giữ hàm lượng cordycepin
- Bán qua nhà thuốc, cửa hàng quà tặng du lịch và trực tuyến

Doanh thu năm gần nhất 2,3 tỷ đồng; đang tìm nhà phân phối tại Hà Nội.`,
		fields: ['biotechnology', 'health-pharma', 'agriculture'],
		keywords: ['đông trùng hạ thảo', 'linh chi', 'nấm dược liệu', 'ocop'],
		communeCode: 'NB003',
		stage: 'GROWTH',
		foundedOn: '2019-10-03',
		teamSize: 18,
		seeks: ['CUSTOMERS', 'PARTNERS'],
	},
	{
		organizationKey: 'su-han-viet',
		title: 'Hàn Việt Robotics - robot hàn cộng tác cho xưởng đóng tàu và kết cấu thép',
		summary: 'Robot hàn cộng tác trên xe di động, lập trình bằng cách cầm tay dẫn đường, phù hợp xưởng nhỏ thiếu thợ hàn giỏi.',
		description: `Các xưởng đóng tàu, kết cấu thép ven sông Ninh Cơ đang thiếu thợ hàn lành nghề.

- Cánh tay cộng tác 6 trục trên xe di động, mang nguồn hàn MIG/MAG
- Dạy robot bằng cách cầm tay kéo theo đường hàn, không cần lập trình viên
- Đồ gá nhanh cho hàn gân, hàn góc tổng đoạn

Robot mẫu đã hàn thử 1.200 m đường hàn tại nhà máy đối tác; cần vốn hoàn thiện sản phẩm và chứng nhận quy trình hàn.`,
		fields: ['automation', 'shipbuilding', 'mechanical-engineering'],
		keywords: ['robot hàn', 'robot cộng tác', 'đóng tàu', 'tự động hóa'],
		communeCode: 'NB027',
		stage: 'PROTOTYPE',
		foundedOn: '2023-09-11',
		teamSize: 6,
		seeks: ['FUNDING', 'MENTORING', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-giao-van-nong-san',
		title: 'Giao vận nông sản Yên Khánh - nền tảng gom hàng và vận chuyển lạnh chặng ngắn',
		summary: 'Nền tảng gom đơn của hợp tác xã, xếp chuyến xe lạnh nhỏ đưa rau quả tươi về bếp ăn và siêu thị ở Hà Nội trong ngày.',
		description: `Hợp tác xã rau quả gặp khó khi bán lẻ số lượng nhỏ vì chi phí vận chuyển lạnh cao.

- Gom đơn nhiều hợp tác xã trên cùng tuyến, tối ưu lộ trình
- Xe lạnh 1,5–3,5 tấn có theo dõi nhiệt độ trực tuyến
- Thanh toán và đối soát tự động cho hợp tác xã

Đang vận hành 2 tuyến cố định, 6 xe thuê ngoài; cần vốn và đối tác kho lạnh trung chuyển.`,
		fields: ['logistics', 'agriculture', 'it-digital'],
		keywords: ['logistics lạnh', 'gom hàng', 'nông sản tươi', 'chuỗi cung ứng'],
		communeCode: 'NB020',
		stage: 'MVP',
		foundedOn: '2024-01-08',
		teamSize: 5,
		seeks: ['FUNDING', 'PARTNERS', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-gach-xanh',
		title: 'Gạch Tro Xỉ Xanh - gạch lát vỉa hè từ tro xỉ nhiệt điện và phế thải xây dựng',
		summary: 'Gạch lát vỉa hè, gạch cỏ và gạch trang trí ép rung sử dụng trên 60 % tro xỉ và bê tông phế thải nghiền.',
		description: `Tận dụng tro xỉ từ các lò hơi, nhà máy nhiệt điện và phế thải phá dỡ công trình trong vùng.

- Cường độ nén trên 30 MPa, đạt tiêu chuẩn gạch bê tông lát
- Giá thấp hơn gạch cùng loại 10–15 %
- Màu sắc bằng oxit sắt, không dùng thêm cát tự nhiên

Đang sản xuất thử tại xưởng thuê, đã cung cấp cho 2 công trình vỉa hè. Cần hỗ trợ hoàn thiện hồ sơ hợp quy và khách hàng dự án công.`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['gạch không nung', 'tro xỉ', 'phế thải xây dựng', 'vật liệu xanh'],
		communeCode: 'NB006',
		stage: 'MVP',
		foundedOn: '2023-11-20',
		teamSize: 7,
		seeks: ['CUSTOMERS', 'MENTORING', 'FUNDING'],
	},
	{
		organizationKey: 'su-tao-mau-3d',
		title: '3D Nam Định - quét 3D và in 3D kim loại thay thế chi tiết máy',
		summary: 'Dịch vụ quét 3D, thiết kế ngược và in 3D kim loại, nhựa kỹ thuật để chế tạo nhanh chi tiết thay thế cho máy dệt, máy chế biến.',
		description: `Nhiều nhà máy dệt, chế biến dùng máy cũ không còn phụ tùng, phải chờ nhập khẩu hàng tháng.

- Quét 3D độ chính xác 0,05 mm, dựng mô hình CAD
- In 3D kim loại bằng công nghệ thiêu kết laser, nhựa kỹ thuật PA12, PEEK
- Giao chi tiết trong 3–7 ngày

Đã phục vụ 60 khách hàng doanh nghiệp; cần vốn đầu tư máy in kim loại thứ hai.`,
		fields: ['mechanical-engineering', 'materials'],
		keywords: ['in 3d', 'quét 3d', 'thiết kế ngược', 'phụ tùng thay thế'],
		communeCode: 'NB012',
		stage: 'EARLY_REVENUE',
		foundedOn: '2021-08-30',
		teamSize: 8,
		seeks: ['FUNDING', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-lua-nha-xa',
		title: 'Lụa Nha Xá Studio - thiết kế thời trang lụa tơ tằm bằng mô phỏng 3D',
		summary: 'Thiết kế trang phục lụa làng nghề bằng phần mềm mô phỏng 3D, bán đặt may theo số đo trực tuyến, giảm tồn kho và vải thừa.',
		description: `Lụa tơ tằm làng nghề có chất lượng tốt nhưng mẫu mã ít, khó tiếp cận khách trẻ.

- Mô phỏng 3D trang phục trên người mẫu ảo theo số đo khách
- Sản xuất theo đơn, vải thừa dùng làm phụ kiện
- Kết hợp tour trải nghiệm dệt lụa tại làng nghề

Đang thử nghiệm bán trực tuyến 3 tháng với 120 đơn hàng; cần cố vấn thương hiệu và vốn tiếp thị.`,
		fields: ['textile-garment', 'it-digital'],
		keywords: ['lụa tơ tằm', 'thiết kế 3d', 'thời trang bền vững', 'làng nghề'],
		communeCode: 'NB015',
		stage: 'MVP',
		foundedOn: '2024-05-06',
		teamSize: 4,
		seeks: ['MENTORING', 'FUNDING', 'CUSTOMERS'],
	},
	{
		organizationKey: 'su-phan-tich-dat',
		title: 'Soil Nam Lý - thiết bị cầm tay đo nhanh dinh dưỡng đất và khuyến cáo bón phân',
		summary: 'Thiết bị quang phổ cầm tay đo nhanh N, P, K, hữu cơ và pH đất trong 2 phút, ứng dụng đưa ra công thức bón phân cho từng thửa.',
		description: `Nông dân bón phân theo thói quen, thừa đạm và thiếu kali, làm tăng chi phí và ô nhiễm.

- Cảm biến quang phổ cận hồng ngoại, mô hình hiệu chuẩn cho đất phù sa sông Hồng
- Khuyến cáo bón phân theo cây trồng, mục tiêu năng suất
- Dịch vụ cho đại lý vật tư và hợp tác xã

Mẫu thử cho kết quả sai lệch 10–15 % so với phòng thí nghiệm; nhóm cần vườn ươm và phòng thí nghiệm đối chứng để hoàn thiện.`,
		fields: ['agriculture', 'electrical-electronics'],
		keywords: ['phân tích đất', 'bón phân cân đối', 'quang phổ cận hồng ngoại', 'nông nghiệp chính xác'],
		communeCode: 'NB029',
		stage: 'PROTOTYPE',
		foundedOn: '2024-10-15',
		teamSize: 3,
		seeks: ['INCUBATION', 'FUNDING', 'MENTORING'],
	},
	{
		organizationKey: 'su-tro-ly-ao',
		title: 'Trợ lý ảo Hà Nam - chatbot trí tuệ nhân tạo chăm sóc khách hàng cho doanh nghiệp nhỏ',
		summary: 'Ý tưởng chatbot AI tiếng Việt tự học từ tài liệu sản phẩm, trả lời khách trên mạng xã hội và website cho cửa hàng, cơ sở OCOP.',
		description: `Doanh nghiệp nhỏ và chủ thể OCOP không có người trực tin nhắn, bỏ lỡ nhiều khách hàng ngoài giờ.

- Tải tài liệu sản phẩm, bảng giá; chatbot tự trả lời và chốt đơn
- Chuyển cho người thật khi cần, tổng hợp câu hỏi thường gặp
- Giá dự kiến 300.000 đồng/tháng

Nhóm 2 sáng lập đang phỏng vấn 40 khách hàng tiềm năng và xây dựng bản demo; tìm chương trình ươm tạo và cố vấn.`,
		fields: ['it-digital'],
		keywords: ['chatbot', 'trí tuệ nhân tạo', 'chăm sóc khách hàng', 'ai'],
		communeCode: 'NB013',
		stage: 'IDEA',
		foundedOn: '2025-06-02',
		teamSize: 2,
		seeks: ['INCUBATION', 'MENTORING'],
	},
]
