// Technology offers (4/4): electronics, IT & tourism tech, logistics, health,
// construction materials, handicrafts.
import type { SeedTechnologyOffer } from '../types.ts'

export const technologyOffers4: SeedTechnologyOffer[] = [
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Công nghệ dán linh kiện SMT cho bo mạch đèn LED chiếu sáng công suất cao',
		summary:
			'Quy trình SMT trên nền mạch nhôm tản nhiệt cho module LED 50–300 W, kiểm soát lỗ rỗng mối hàn dưới 15 % để tăng tuổi thọ đèn.',
		description: `Quy trình tối ưu in kem hàn qua khuôn thép laser, gắn linh kiện tốc độ cao và hàn reflow trong môi trường khí nitơ; kiểm tra bằng AOI và X-quang.

- Tỷ lệ lỗ rỗng mối hàn chân LED dưới 15 % (tiêu chuẩn IPC-7093)
- Năng suất 18.000 điểm hàn/giờ mỗi dây chuyền
- Nhiệt độ mối nối LED giảm 6–8 °C so với quy trình cũ

Doanh nghiệp nhận chuyển giao quy trình hoặc gia công trọn gói (EMS) cho nhà sản xuất đèn chiếu sáng.`,
		fields: ['electrical-electronics', 'automation'],
		keywords: ['smt', 'bo mạch led', 'hàn reflow', 'điện tử'],
		communeCode: 'NB016',
		trl: 9,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 750_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Sản xuất đèn đường, đèn nhà xưởng, đèn chiếu sáng nông nghiệp và module LED.',
		buyerRequirements: 'Xưởng sạch kiểm soát tĩnh điện, máy in kem hàn và lò reflow.',
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Kiểm tra quang học tự động bo mạch in dùng mô hình học sâu',
		summary:
			'Hệ thống AOI sau hàn ứng dụng AI nhận diện thiếu linh kiện, lệch, cầu thiếc, ngược cực; giảm 80 % báo lỗi giả so với AOI dựa trên luật.',
		description: `Camera màu độ phân giải 12 MP kết hợp đèn RGB nhiều góc; mô hình học sâu phân loại ảnh mối hàn được huấn luyện trên 400.000 ảnh từ dây chuyền của doanh nghiệp.

- Tốc độ kiểm 25 cm²/giây
- Tỷ lệ phát hiện lỗi trên 99,5 %, báo lỗi giả dưới 500 ppm
- Giao diện cho người vận hành xác nhận lỗi, tự học thêm mẫu mới

Hệ thống đang chạy thử trên 2 dây chuyền SMT; sẵn sàng hợp tác với nhà sản xuất thiết bị để thương mại hóa.`,
		fields: ['electrical-electronics', 'it-digital', 'automation'],
		keywords: ['aoi', 'trí tuệ nhân tạo', 'kiểm tra bo mạch', 'học sâu', 'ai'],
		communeCode: 'NB016',
		trl: 7,
		transferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		priceVnd: 2_200_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Dây chuyền SMT sản xuất bo mạch điện tử, điện tử ô tô, thiết bị IoT.',
		buyerRequirements: 'Đối tác có năng lực chế tạo cơ khí chính xác và phân phối thiết bị điện tử công nghiệp.',
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Đèn đường LED thông minh điều khiển từ xa qua mạng LoRa',
		summary:
			'Bộ đèn đường LED 60–150 W tích hợp bộ điều khiển LoRaWAN, dimming theo giờ, báo hỏng tự động; tiết kiệm 60–70 % điện so với đèn sodium.',
		description: `Mỗi đèn có bộ điều khiển đo dòng, áp, công suất và nhiệt độ; gateway LoRa phủ bán kính 3–5 km. Phần mềm quản lý chiếu sáng hiển thị trên bản đồ số.

- Hiệu suất quang 150 lm/W, tuổi thọ 50.000 giờ
- Lập lịch giảm công suất 50 % sau 23 giờ
- Cảnh báo đèn hỏng, mất điện, mở tủ trái phép

Đã triển khai hơn 4.000 bộ tại các tuyến đường đô thị và nông thôn; một mô hình IoT đô thị thông minh điển hình.`,
		fields: ['electrical-electronics', 'energy', 'it-digital'],
		keywords: ['đèn đường thông minh', 'lora', 'iot', 'chiếu sáng công cộng', 'tiết kiệm điện'],
		communeCode: 'NB016',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 450_000_000,
		ipStatus: 'PATENTED',
		applications: 'Chiếu sáng đường đô thị, khu công nghiệp, khu du lịch; giá tham khảo cho 100 bộ đèn kèm gateway.',
		buyerRequirements: 'Hồ sơ hiện trạng tuyến chiếu sáng; đơn vị quản lý vận hành được đào tạo phần mềm.',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Cánh tay robot gắp sản phẩm 4 bậc tự do cho dây chuyền đóng gói',
		summary:
			'Robot SCARA 4 trục tự chế tạo, tải 3 kg, kết hợp camera định vị sản phẩm trên băng tải, gắp xếp 40 sản phẩm/phút.',
		description: `Robot dùng động cơ servo và hộp giảm tốc sóng hài, bộ điều khiển mở cho phép lập trình bằng giao diện kéo - thả; camera 2D định vị sản phẩm ngẫu nhiên trên băng tải.

- Tầm với 600 mm, độ lặp lại ±0,05 mm
- Giá thành ước tính bằng 45 % robot nhập khẩu cùng loại
- Đã chạy thử liên tục 500 giờ tại xưởng thực hành

Nhóm nghiên cứu tìm doanh nghiệp đồng phát triển phiên bản công nghiệp và sản xuất loạt.`,
		fields: ['automation', 'mechanical-engineering'],
		keywords: ['robot scara', 'robot công nghiệp', 'đóng gói tự động', 'thị giác máy'],
		communeCode: 'NB009',
		trl: 6,
		transferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		priceVnd: 900_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Đóng gói thực phẩm, dược phẩm, linh kiện điện tử; xếp khay, phân loại sản phẩm.',
		buyerRequirements: 'Doanh nghiệp cơ khí - tự động hóa có xưởng lắp ráp và kênh bán hàng công nghiệp.',
	},
	{
		organizationKey: 'cong-nghe-so-hoa-lu',
		title: 'Nền tảng chuyển đổi số cho hợp tác xã nông nghiệp',
		summary:
			'Ứng dụng quản lý thành viên, vật tư đầu vào, sản lượng, công nợ và bán hàng trực tuyến cho hợp tác xã, dùng trên điện thoại và máy tính.',
		description: `Nền tảng được thiết kế cho hợp tác xã có 50–2.000 thành viên, giao diện đơn giản, dùng được khi mạng yếu.

**Phân hệ**
- Quản lý thành viên, góp vốn, chia lãi
- Cung ứng vật tư, dịch vụ làm đất, tưới tiêu theo ô thửa
- Kế toán hợp tác xã theo quy định hiện hành, hóa đơn điện tử
- Gian hàng trên sàn thương mại điện tử và kết nối truy xuất nguồn gốc

Hơn 150 hợp tác xã trong tỉnh đã sử dụng; thời gian lập báo cáo tài chính giảm từ 2 tuần xuống 2 ngày.`,
		fields: ['it-digital', 'agriculture'],
		keywords: ['chuyển đổi số', 'hợp tác xã', 'phần mềm quản lý', 'thương mại điện tử'],
		communeCode: 'NB001',
		trl: 8,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 24_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Hợp tác xã nông nghiệp, thủy sản, làng nghề; giá tham khảo thuê bao 1 năm.',
		buyerRequirements: 'Cán bộ kế toán hoặc quản lý hợp tác xã sử dụng được điện thoại thông minh.',
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Trợ lý ảo trí tuệ nhân tạo tiếng Việt hỗ trợ dịch vụ công trực tuyến',
		summary:
			'Chatbot AI hiểu câu hỏi tiếng Việt kể cả không dấu, tra cứu thủ tục hành chính, hướng dẫn nộp hồ sơ và trạng thái xử lý trên cổng dịch vụ công.',
		description: `Mô hình ngôn ngữ được tinh chỉnh trên bộ dữ liệu thủ tục hành chính và câu hỏi thực tế của người dân, kết hợp truy xuất tài liệu (RAG) để trả lời có dẫn nguồn văn bản.

- Nhận diện ý định với độ chính xác 91 % trên 2.000 câu hỏi kiểm thử
- Hỗ trợ giọng nói tiếng Việt ba miền
- Chuyển tiếp cho cán bộ khi câu hỏi vượt phạm vi

Sản phẩm đang thử nghiệm nội bộ tại bộ phận một cửa của trường và hai xã; cần đối tác triển khai hạ tầng và an toàn thông tin.`,
		fields: ['it-digital'],
		keywords: ['trí tuệ nhân tạo', 'chatbot', 'dịch vụ công trực tuyến', 'xử lý ngôn ngữ tự nhiên', 'ai'],
		communeCode: 'NB001',
		trl: 6,
		transferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: null,
		ipStatus: 'COPYRIGHT',
		applications: 'Cơ quan hành chính cấp xã, cổng thông tin điện tử, bộ phận chăm sóc khách hàng của doanh nghiệp.',
		buyerRequirements: 'Hạ tầng máy chủ có GPU hoặc dịch vụ đám mây trong nước; tuân thủ quy định bảo vệ dữ liệu cá nhân.',
	},
	{
		organizationKey: 'du-lich-so-trang-an',
		title: 'Thuyết minh tự động đa ngôn ngữ theo vị trí cho khu du lịch',
		summary:
			'Ứng dụng thuyết minh tự động phát nội dung âm thanh theo vị trí GPS và beacon bằng 8 ngôn ngữ, kèm bản đồ số và hành trình gợi ý.',
		description: `Du khách quét mã QR trên vé để tải ứng dụng hoặc dùng trang web; nội dung thuyết minh, hình ảnh, video được biên tập theo từng điểm tham quan và tự phát khi đến gần.

- 8 ngôn ngữ: Việt, Anh, Pháp, Hàn, Nhật, Trung, Đức, Tây Ban Nha
- Hoạt động ngoại tuyến sau khi tải gói nội dung
- Thống kê lượt nghe, thời gian dừng chân phục vụ quản lý

Đang vận hành tại các khu di tích, danh thắng trong tỉnh với hơn 600.000 lượt sử dụng mỗi năm.`,
		fields: ['it-digital'],
		keywords: ['du lịch thông minh', 'thuyết minh tự động', 'bản đồ số', 'đa ngôn ngữ'],
		communeCode: 'NB002',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 350_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Khu, điểm du lịch, bảo tàng, di tích, làng nghề; giá tham khảo cho một điểm 30 nội dung thuyết minh.',
		buyerRequirements: 'Cung cấp tư liệu lịch sử, hình ảnh; đơn vị quản lý phê duyệt nội dung thuyết minh.',
	},
	{
		organizationKey: 'du-lich-so-trang-an',
		title: 'Nền tảng bán vé điện tử và điều phối đò du lịch theo thời gian thực',
		summary:
			'Bán vé trực tuyến, xếp lượt đò tự động theo số khách, theo dõi vị trí đò bằng GPS và chi trả thù lao lái đò minh bạch.',
		description: `Hệ thống gồm cổng bán vé, ứng dụng cho lái đò, màn hình điều phối tại bến và báo cáo doanh thu; tích hợp thanh toán QR và ví điện tử.

- Xếp lượt đò công bằng theo thứ tự và sức chở
- Cảnh báo đò ra khỏi tuyến, quá thời gian, tình huống khẩn cấp
- Giảm thời gian chờ của du khách tại bến khoảng 40 %

Nền tảng đang điều phối hơn 2.000 lái đò; dữ liệu hỗ trợ cơ quan quản lý lập kế hoạch sức chứa vào mùa cao điểm.`,
		fields: ['it-digital', 'logistics'],
		keywords: ['vé điện tử', 'điều phối đò', 'du lịch thông minh', 'gps'],
		communeCode: 'NB002',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 550_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Khu du lịch đường thủy, bến thuyền, dịch vụ xe điện tham quan.',
		buyerRequirements: 'Kết nối internet tại bến; đơn vị quản lý có quy chế phân lượt đò.',
	},
	{
		organizationKey: 'cong-nghe-so-hoa-lu',
		title: 'Phần mềm ERP cho doanh nghiệp cơ khí chế tạo vừa và nhỏ',
		summary:
			'ERP quản lý báo giá, định mức vật tư (BOM), lệnh sản xuất, kho, giá thành theo đơn hàng cho xưởng cơ khí gia công theo đơn đặt hàng.',
		description: `Phần mềm được xây dựng cùng 5 xưởng cơ khí trong tỉnh, chú trọng nghiệp vụ gia công theo bản vẽ, nhiều công đoạn thuê ngoài.

- Báo giá nhanh từ định mức, giờ máy và nguyên vật liệu
- Theo dõi tiến độ từng chi tiết bằng mã vạch tại các nguyên công
- Tính giá thành thực tế từng đơn hàng, so sánh với báo giá

Triển khai trong 6–8 tuần; là bước chuyển đổi số đầu tiên phù hợp doanh nghiệp 30–300 lao động.`,
		fields: ['it-digital', 'mechanical-engineering'],
		keywords: ['erp', 'chuyển đổi số', 'cơ khí', 'quản lý sản xuất'],
		communeCode: 'NB001',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 290_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Xưởng cơ khí chính xác, kết cấu thép, chế tạo khuôn mẫu, sửa chữa máy.',
		buyerRequirements: 'Doanh nghiệp chuẩn hóa được danh mục vật tư và quy trình công nghệ cơ bản.',
	},
	{
		organizationKey: 'kho-van-khanh-phu',
		title: 'Hệ thống quản lý kho thông minh bằng mã vạch và RFID',
		summary:
			'Phần mềm WMS kết hợp máy quét cầm tay và cổng RFID, tự động gợi ý vị trí xếp hàng, xuất theo FEFO và kiểm kê nhanh.',
		description: `Hệ thống được doanh nghiệp tự phát triển và vận hành cho kho 45.000 m² của mình, nay đóng gói để chuyển giao.

- Nhập xuất qua cổng RFID, độ chính xác tồn kho trên 99,8 %
- Tối ưu vị trí lưu trữ theo tần suất xuất hàng
- Tích hợp hệ thống quản lý vận tải và cổng thông tin khách hàng

Sau khi áp dụng, năng suất soạn hàng tăng 35 %, thời gian kiểm kê toàn kho giảm từ 3 ngày xuống 6 giờ.`,
		fields: ['logistics', 'it-digital'],
		keywords: ['quản lý kho', 'wms', 'rfid', 'logistics'],
		communeCode: 'NB004',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 420_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Kho hàng khu công nghiệp, kho lạnh nông sản, trung tâm phân phối.',
		buyerRequirements: 'Kho có hệ thống giá kệ đánh mã vị trí; mạng wifi phủ kho.',
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		title: 'Quy trình chiết xuất cao giảo cổ lam chuẩn hóa hàm lượng saponin',
		summary:
			'Chiết xuất cao khô giảo cổ lam bằng ethanol 70 % trên thiết bị chiết ngược dòng, chuẩn hóa saponin toàn phần trên 20 %, sấy phun thành bột.',
		description: `Dược liệu được trồng theo GACP-WHO tại vùng đệm rừng quốc gia, sấy và nghiền trước khi chiết ngược dòng liên tục, cô chân không và sấy phun.

- Hiệu suất chiết 18–22 % so với dược liệu khô
- Định lượng gypenosid bằng HPLC, kiểm soát kim loại nặng và dư lượng thuốc bảo vệ thực vật
- Dây chuyền đạt GMP, công suất 30 tấn dược liệu/tháng

Cao chiết được dùng làm nguyên liệu cho trà túi lọc, viên nang hỗ trợ điều hòa mỡ máu của doanh nghiệp và đối tác.`,
		fields: ['health-pharma', 'biotechnology'],
		keywords: ['giảo cổ lam', 'chiết xuất dược liệu', 'saponin', 'gmp'],
		communeCode: 'NB019',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 1_300_000_000,
		ipStatus: 'PATENTED',
		applications: 'Nhà máy dược, thực phẩm bảo vệ sức khỏe; chiết xuất các dược liệu chứa saponin khác.',
		buyerRequirements: 'Cơ sở sản xuất đạt GMP và phòng kiểm nghiệm có HPLC.',
	},
	{
		organizationKey: 'dh-dieu-duong',
		title: 'Phần mềm theo dõi và chăm sóc người bệnh mạn tính tại nhà cho điều dưỡng',
		summary:
			'Ứng dụng giúp điều dưỡng cộng đồng lập kế hoạch chăm sóc, nhận chỉ số huyết áp, đường huyết từ thiết bị Bluetooth và cảnh báo sớm biến chứng.',
		description: `Ứng dụng gồm ba giao diện: người bệnh và gia đình, điều dưỡng và bác sĩ trạm y tế. Quy trình chăm sóc được xây dựng theo hướng dẫn của Bộ Y tế cho tăng huyết áp, đái tháo đường, bệnh phổi tắc nghẽn mạn tính.

- Nhắc uống thuốc, tái khám; nhật ký triệu chứng
- Ngưỡng cảnh báo cá thể hóa, tự động báo cho điều dưỡng phụ trách
- Dữ liệu mã hóa, tuân thủ quy định bảo vệ dữ liệu cá nhân

Thử nghiệm trên 320 người bệnh tại 4 trạm y tế: tỷ lệ kiểm soát huyết áp đạt mục tiêu tăng từ 48 % lên 67 % sau 6 tháng.`,
		fields: ['health-pharma', 'it-digital'],
		keywords: ['điều dưỡng cộng đồng', 'bệnh mạn tính', 'y tế từ xa', 'chuyển đổi số y tế'],
		communeCode: 'NB008',
		trl: 7,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'JOINT_RD'],
		priceVnd: 300_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Trạm y tế xã, trung tâm y tế, bệnh viện có dịch vụ chăm sóc tại nhà, doanh nghiệp dịch vụ điều dưỡng.',
		buyerRequirements: 'Đơn vị có đội ngũ điều dưỡng và hạ tầng lưu trữ dữ liệu y tế đạt yêu cầu an toàn thông tin.',
	},
	{
		organizationKey: 'dh-dieu-duong',
		title: 'Mô hình mô phỏng lâm sàng có cảm biến phản hồi cho đào tạo kỹ năng điều dưỡng',
		summary:
			'Mô hình cánh tay và thân người có cảm biến lực, vị trí, đánh giá tự động kỹ năng tiêm truyền, ép tim, đặt ống thông; giá bằng 30 % sản phẩm nhập khẩu.',
		description: `Mô hình bằng silicon y tế, tích hợp cảm biến áp lực và cảm biến quang; phần mềm chấm điểm từng bước thao tác theo bảng kiểm chuẩn và lưu tiến bộ của từng sinh viên.

- Ép tim: đo độ sâu, tần số, độ nảy ngực theo hướng dẫn hồi sinh tim phổi hiện hành
- Tiêm tĩnh mạch: phát hiện kim đúng lòng mạch, tiêm xuyên mạch
- Kết nối máy tính bảng qua Bluetooth

Mẫu thử đã dùng cho 600 sinh viên trong một học kỳ; cần đối tác sản xuất vỏ silicon và hoàn thiện điện tử.`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['mô phỏng lâm sàng', 'đào tạo điều dưỡng', 'cảm biến', 'thiết bị y tế'],
		communeCode: 'NB008',
		trl: 6,
		transferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		priceVnd: 500_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Trường y dược, cao đẳng y tế, trung tâm đào tạo liên tục của bệnh viện.',
		buyerRequirements: 'Doanh nghiệp thiết bị y tế có năng lực đúc silicon và chứng nhận ISO 13485.',
	},
	{
		organizationKey: 'thiet-bi-y-te-an-khang',
		title: 'Thiết bị lọc khuẩn không khí bằng đèn UV-C và màng HEPA cho phòng bệnh',
		summary:
			'Máy lọc không khí di động kết hợp màng HEPA H13 và buồng chiếu UV-C kín, lưu lượng 400 m³/h, diệt trên 99,9 % vi khuẩn trong không khí.',
		description: `Không khí đi qua màng lọc thô, HEPA H13 và buồng UV-C phản quang, không rò rỉ tia UV ra ngoài nên dùng được khi có người trong phòng.

- Lưu lượng 400 m³/h, phù hợp phòng 40–60 m²
- Độ ồn dưới 48 dBA ở chế độ đêm
- Cảm biến bụi PM2.5, báo thay màng lọc

Sản phẩm đạt ISO 13485, đã cung cấp 1.500 máy cho bệnh viện, phòng khám và nhà dưỡng lão.`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['lọc không khí', 'uv-c', 'hepa', 'kiểm soát nhiễm khuẩn'],
		communeCode: 'NB011',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 1_000_000_000,
		ipStatus: 'PATENTED',
		applications: 'Phòng bệnh, phòng mổ phụ trợ, phòng khám, trường mầm non, văn phòng.',
		buyerRequirements: 'Doanh nghiệp có hệ thống phân phối thiết bị y tế; đủ điều kiện sản xuất trang thiết bị y tế loại B.',
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		title: 'Quy trình trồng đinh lăng dược liệu đạt tiêu chuẩn GACP-WHO',
		summary:
			'Quy trình nhân giống, trồng, chăm sóc và thu hái đinh lăng lá nhỏ theo GACP-WHO, năng suất rễ 12–15 tấn/ha sau 3 năm, hàm lượng saponin ổn định.',
		description: `Quy trình do doanh nghiệp xây dựng và áp dụng trên vùng trồng 60 ha, đã được đánh giá đáp ứng thực hành tốt trồng trọt và thu hái cây thuốc.

- Nhân giống bằng hom thân bánh tẻ, tỷ lệ sống trên 95 %
- Mật độ 10.000 cây/ha, bón hữu cơ vi sinh, quản lý sâu bệnh sinh học
- Nhật ký điện tử, truy xuất từng lô thu hái

Doanh nghiệp cam kết bao tiêu rễ và lá cho hộ liên kết áp dụng đúng quy trình.`,
		fields: ['health-pharma', 'agriculture'],
		keywords: ['đinh lăng', 'dược liệu', 'gacp-who', 'vùng trồng'],
		communeCode: 'NB019',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 150_000_000,
		ipStatus: 'NONE',
		applications: 'Hợp tác xã, hộ nông dân vùng đồi chuyển đổi cây trồng; doanh nghiệp dược cần nguyên liệu ổn định.',
		buyerRequirements: 'Đất đồi thoát nước tốt, không ô nhiễm kim loại nặng; diện tích liền vùng từ 2 ha.',
	},
	{
		organizationKey: 'vat-lieu-tam-son',
		title: 'Gạch không nung từ tro bay và xỉ lò hơi cường độ M10',
		summary:
			'Gạch block và gạch đặc không nung sử dụng 40–50 % tro bay, xỉ lò hơi thay cát và một phần xi măng, đạt TCVN 6477:2016 mác M7,5–M10.',
		description: `Phối liệu gồm tro bay, xỉ nghiền, mạt đá, xi măng và phụ gia hoạt hóa; ép rung thủy lực và dưỡng hộ hơi nước 12 giờ.

- Cường độ nén 7,5–12 MPa, độ hút nước dưới 12 %
- Khối lượng thể tích 1.650 kg/m³, nhẹ hơn gạch đặc thông thường
- Tiêu thụ 25.000 tấn tro xỉ/năm cho một dây chuyền 30 triệu viên

Sản phẩm đã dùng cho nhiều công trình nhà ở, trường học; giảm chi phí xây thô 8–10 %.`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['gạch không nung', 'tro bay', 'xỉ lò hơi', 'vật liệu xây dựng xanh'],
		communeCode: 'NB005',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 2_800_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Cơ sở sản xuất vật liệu xây không nung; nhà máy nhiệt điện, lò hơi cần tiêu thụ tro xỉ.',
		buyerRequirements: 'Mặt bằng sản xuất 3.000 m², nguồn tro xỉ đã phân tích thành phần.',
	},
	{
		organizationKey: 'khoang-san-ba-sao',
		title: 'Tận dụng bột đá thải từ chế biến đá vôi làm phụ gia cho bê tông',
		summary:
			'Phân loại, sấy và nghiền bột đá vôi thải đến độ mịn 4.000 cm²/g, thay thế 10–15 % xi măng trong bê tông mác 250–350 mà không giảm cường độ.',
		description: `Bột đá thu hồi từ hệ thống lọc bụi và hồ lắng của dây chuyền nghiền sàng được phân loại khí động, sấy và nghiền bi bổ sung.

- Hàm lượng CaCO3 trên 95 %, tạp sét dưới 2 %
- Bê tông thay 12 % xi măng: cường độ 28 ngày đạt 98–102 % mẫu đối chứng
- Giảm khoảng 40 kg CO2 cho mỗi m³ bê tông

Đã thử nghiệm trên 3 trạm trộn bê tông thương phẩm; cần hoàn thiện hồ sơ công bố hợp quy.`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['bột đá', 'phụ gia bê tông', 'tận dụng phế thải', 'giảm phát thải'],
		communeCode: 'NB017',
		trl: 7,
		transferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 700_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Trạm trộn bê tông thương phẩm, cấu kiện đúc sẵn, vữa khô trộn sẵn.',
		buyerRequirements: 'Trạm trộn có phòng thí nghiệm vật liệu hợp chuẩn; sẵn sàng phối hợp đúc mẫu đối chứng.',
	},
	{
		organizationKey: 'vat-lieu-tam-son',
		title: 'Phụ gia khoáng hoạt tính từ xỉ lò cao nghiền mịn cho xi măng PCB40',
		summary:
			'Nghiền mịn xỉ lò cao hạt hóa đến 4.500 cm²/g làm phụ gia khoáng, thay 25–35 % clinker trong xi măng PCB40, giảm phát thải CO2.',
		description: `Xỉ hạt hóa được sấy, nghiền trên máy nghiền đứng con lăn, bổ sung chất trợ nghiền và hoạt hóa; kiểm soát chỉ số hoạt tính cường độ.

- Chỉ số hoạt tính cường độ 28 ngày trên 95 %
- Giảm 0,25–0,3 tấn CO2 cho mỗi tấn clinker được thay thế
- Xi măng tăng khả năng chống ăn mòn sunfat, phù hợp công trình ven biển

Doanh nghiệp đang cung cấp 120.000 tấn/năm cho các trạm nghiền xi măng trong vùng.`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['xỉ lò cao', 'phụ gia khoáng', 'xi măng', 'giảm clinker'],
		communeCode: 'NB005',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 3_000_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Nhà máy, trạm nghiền xi măng; bê tông khối lớn, công trình biển.',
		buyerRequirements: 'Nguồn xỉ lò cao ổn định; máy nghiền đứng hoặc nghiền bi có phân ly hiệu suất cao.',
	},
	{
		organizationKey: 'coi-kim-son',
		title: 'Xử lý chống mốc cho sản phẩm cói xuất khẩu bằng chế phẩm sinh học',
		summary:
			'Chế phẩm chiết xuất từ vỏ bưởi và tinh dầu quế xử lý sợi cói, bèo tây trước khi đan, chống nấm mốc 12 tháng trong container, thay thế chất bảo quản gốc hóa học.',
		description: `Sợi cói sau phơi được nhúng dung dịch chế phẩm, sấy bằng lò sấy khí nóng đến độ ẩm dưới 12 %; sản phẩm hoàn thiện được đóng gói có túi hút ẩm sinh học.

- Không phát hiện nấm mốc sau 45 ngày thử nghiệm buồng ẩm 90 %
- Không chứa hợp chất bị hạn chế theo quy định REACH của EU
- Chi phí xử lý tăng thêm khoảng 2 % giá thành sản phẩm

Giải pháp giúp doanh nghiệp giảm tỷ lệ hàng bị trả về do mốc từ 5 % xuống dưới 0,5 %.`,
		fields: ['materials', 'biotechnology', 'agriculture'],
		keywords: ['thủ công mỹ nghệ', 'chống mốc', 'cói', 'làng nghề'],
		communeCode: 'NB022',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 160_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Làng nghề cói, mây tre đan, bèo tây, lục bình xuất khẩu.',
		buyerRequirements: 'Có lò sấy hoặc kho sấy; cam kết kiểm soát độ ẩm nguyên liệu đầu vào.',
	},
	{
		organizationKey: 'go-my-nghe-y-yen',
		title: 'Sấy gỗ bằng hơi nước quá nhiệt cho đồ gỗ mỹ nghệ chống nứt, cong vênh',
		summary:
			'Lò sấy gỗ dùng hơi nước quá nhiệt áp suất thấp, rút ngắn thời gian sấy gỗ cứng từ 25 ngày xuống 7–9 ngày, tỷ lệ nứt đầu dưới 3 %.',
		description: `Lò dung tích 15 m³, cấp hơi từ lò hơi đốt mùn cưa tận dụng phế liệu của xưởng; bộ điều khiển tự động theo độ ẩm gỗ đo bằng đầu dò điện trở.

- Độ ẩm gỗ sau sấy 10–12 %, chênh lệch trong thanh dưới 2 %
- Diệt mối mọt, nấm mốc nhờ nhiệt độ cao
- Tiêu hao 0,5 tấn mùn cưa cho mỗi m³ gỗ sấy

Lò đã vận hành 18 tháng tại xưởng, phục vụ thêm các hộ chạm khắc trong làng nghề.`,
		fields: ['materials', 'mechanical-engineering', 'energy'],
		keywords: ['sấy gỗ', 'đồ gỗ mỹ nghệ', 'làng nghề', 'hơi quá nhiệt'],
		communeCode: 'NB028',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 450_000_000,
		ipStatus: 'NONE',
		applications: 'Làng nghề chạm khắc gỗ, xưởng nội thất, cơ sở sản xuất đồ thờ.',
		buyerRequirements: 'Nhà xưởng đặt lò 60 m²; nguồn phế liệu gỗ làm nhiên liệu.',
	},
]
