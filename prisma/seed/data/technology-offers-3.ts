// Technology offers (3/4): environment, energy, mechanical engineering, shipbuilding.
import type { SeedTechnologyOffer } from '../types.ts'

export const technologyOffers3: SeedTechnologyOffer[] = [
	{
		organizationKey: 'moi-truong-chau-son',
		title: 'Thiết bị xử lý nước thải sinh hoạt hợp khối MBBR cho khu dân cư nông thôn',
		summary:
			'Module xử lý nước thải hợp khối bằng composite, công nghệ giá thể vi sinh chuyển động MBBR, lắp đặt trong 7 ngày cho cụm dân cư 500–3.000 người.',
		description: `Thiết bị chia 4 ngăn: thiếu khí, hiếu khí MBBR, lắng lamella và khử trùng; đặt chìm hoặc nổi, vận hành tự động bằng tủ điều khiển có giám sát từ xa.

**Thông số**
- Công suất một module 50–300 m³/ngày
- Nước sau xử lý đạt QCVN 14:2008/BTNMT cột A
- Điện năng 0,4–0,6 kWh/m³, bùn dư thấp

Đã lắp đặt 85 module tại khu dân cư, trường học, trạm y tế và khu du lịch trong vùng; chi phí đầu tư thấp hơn trạm bê tông truyền thống khoảng 30 %.`,
		fields: ['environment'],
		keywords: ['xử lý nước thải', 'mbbr', 'hợp khối', 'nước thải sinh hoạt', 'nông thôn mới'],
		communeCode: 'NB014',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 1_350_000_000,
		ipStatus: 'PATENTED',
		applications: 'Khu dân cư nông thôn, trường học, bệnh viện tuyến huyện, khu du lịch sinh thái; giá tham khảo module 100 m³/ngày.',
		buyerRequirements: 'Mặt bằng đặt module 40–60 m², có hệ thống thu gom nước thải riêng.',
	},
	{
		organizationKey: 'moi-truong-chau-son',
		title: 'Lò xử lý rác thải sinh hoạt cấp xã có hệ thống xử lý khí thải đa cấp',
		summary:
			'Lò đốt hai buồng công suất 1–3 tấn/giờ, buồng thứ cấp trên 1.050 °C, xử lý khí thải bằng tháp giải nhiệt, hấp phụ than hoạt tính và lọc túi.',
		description: `Rác được phân loại sơ bộ, sấy bằng khí nóng tuần hoàn trước khi vào buồng đốt sơ cấp; khí từ buồng sơ cấp được đốt triệt để ở buồng thứ cấp với thời gian lưu trên 2 giây.

- Khí thải đạt QCVN 61-MT:2016/BTNMT, có quan trắc tự động liên tục
- Tro xỉ dưới 10 % khối lượng, được hóa rắn làm gạch block
- Nhiệt dư có thể thu hồi để sấy hoặc cấp nước nóng

Đã vận hành tại 6 khu xử lý cấp xã, giảm khối lượng chôn lấp trên 90 %.`,
		fields: ['environment', 'mechanical-engineering', 'energy'],
		keywords: ['lò đốt rác', 'chất thải rắn sinh hoạt', 'xử lý khí thải', 'quan trắc tự động'],
		communeCode: 'NB014',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 6_500_000_000,
		ipStatus: 'PATENTED',
		applications: 'Khu xử lý chất thải rắn cấp xã, liên xã; khu công nghiệp nhỏ.',
		buyerRequirements: 'Khu đất quy hoạch xử lý chất thải có báo cáo đánh giá tác động môi trường; nhân sự vận hành 3 ca.',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Ủ phân compost nhanh từ rác hữu cơ bằng chế phẩm vi sinh bản địa',
		summary:
			'Ủ hiếu khí rác hữu cơ đã phân loại tại nguồn với chế phẩm vi sinh chịu nhiệt phân lập trong tỉnh, tạo phân compost sau 21–25 ngày.',
		description: `Rác hữu cơ được nghiền, phối trộn với mùn cưa, trấu để đạt độ ẩm 55 %, ủ thành luống thổi khí cưỡng bức có cảm biến nhiệt độ. Chế phẩm gồm 5 chủng vi khuẩn và xạ khuẩn ưa nhiệt.

- Nhiệt độ đống ủ đạt 60 °C sau 48 giờ
- Giảm 50–60 % khối lượng, không phát sinh mùi hôi
- Sản phẩm đạt chỉ tiêu phân bón hữu cơ theo quy chuẩn hiện hành

Mô hình xử lý 5 tấn/ngày tại một khu xử lý cấp xã đã vận hành 2 năm.`,
		fields: ['environment', 'biotechnology', 'agriculture'],
		keywords: ['compost', 'rác hữu cơ', 'phân loại tại nguồn', 'chế phẩm vi sinh'],
		communeCode: 'NB003',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 450_000_000,
		ipStatus: 'PATENTED',
		applications: 'Khu xử lý chất thải cấp xã, chợ đầu mối, khu du lịch, nhà máy chế biến thực phẩm.',
		buyerRequirements: 'Nguồn rác hữu cơ được phân loại; nhà ủ có mái che và nền chống thấm.',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Trạm quan trắc chất lượng không khí chi phí thấp kết nối internet vạn vật',
		summary:
			'Trạm đo bụi PM2.5, PM10, CO, NO2, SO2, nhiệt độ, độ ẩm dùng cảm biến giá rẻ đã hiệu chuẩn, truyền dữ liệu IoT về bản đồ trực tuyến.',
		description: `Trạm được thiết kế chế tạo trong nước, vỏ chống nước IP65, dùng điện lưới hoặc pin năng lượng mặt trời. Dữ liệu được hiệu chỉnh theo trạm chuẩn bằng mô hình học máy.

- Sai số PM2.5 so với trạm chuẩn dưới 15 %
- Truyền dữ liệu 5 phút/lần qua 4G hoặc NB-IoT
- Giá thành chỉ bằng 1/20 trạm quan trắc tự động nhập khẩu

Mạng 20 trạm thử nghiệm quanh các cụm công nghiệp và làng nghề giúp phát hiện điểm nóng ô nhiễm bụi theo giờ.`,
		fields: ['environment', 'electrical-electronics', 'it-digital'],
		keywords: ['quan trắc không khí', 'iot', 'internet vạn vật', 'bụi pm2.5', 'cảm biến'],
		communeCode: 'NB009',
		trl: 7,
		transferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		priceVnd: 700_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Mạng quan trắc của địa phương, khu công nghiệp, trường học, khu đô thị.',
		buyerRequirements: 'Doanh nghiệp điện tử có dây chuyền lắp ráp, hiệu chuẩn và hạ tầng máy chủ dữ liệu.',
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Than hoạt tính từ vỏ trấu hấp phụ kim loại nặng trong nước thải',
		summary:
			'Điều chế than hoạt tính từ vỏ trấu hoạt hóa bằng KOH, biến tính bề mặt để hấp phụ chì, cadimi, crom trong nước thải xi mạ và tái chế kim loại.',
		description: `Vỏ trấu được than hóa ở 500 °C, hoạt hóa với KOH ở 750 °C rồi gắn nhóm chức amin. Kết quả phòng thí nghiệm:

- Diện tích bề mặt riêng 1.100–1.300 m²/g
- Dung lượng hấp phụ Pb(II) 180 mg/g, Cd(II) 95 mg/g, Cr(VI) 120 mg/g
- Tái sinh được 5 chu kỳ, hiệu suất giảm dưới 15 %

Kết quả mới được kiểm chứng ở quy mô phòng thí nghiệm; nhóm nghiên cứu tìm đối tác để thử nghiệm trên cột hấp phụ liên tục tại cơ sở xi mạ.`,
		fields: ['environment', 'materials'],
		keywords: ['than hoạt tính', 'vỏ trấu', 'kim loại nặng', 'hấp phụ'],
		communeCode: 'NB001',
		trl: 4,
		transferModes: ['JOINT_RD'],
		priceVnd: null,
		ipStatus: 'PATENT_PENDING',
		applications: 'Xử lý nước thải xi mạ, tái chế kim loại, làng nghề cơ khí; vật liệu lọc nước.',
		buyerRequirements: 'Đối tác có nguồn nước thải chứa kim loại nặng để thử nghiệm và đồng tài trợ giai đoạn pilot.',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Xử lý nước thải chăn nuôi lợn bằng hầm biogas cải tiến kết hợp ao sinh học',
		summary:
			'Hầm biogas composite có khuấy trộn, bể thiếu khí - hiếu khí và ao sinh học trồng bèo, xử lý nước thải trang trại 500–2.000 lợn đạt QCVN 62-MT:2016/BTNMT.',
		description: `Phân và nước rửa chuồng được tách rắn - lỏng; phần lỏng vào hầm biogas có khuấy trộn định kỳ, sau đó xử lý thiếu khí - hiếu khí và lắng; ao sinh học hoàn thiện trước khi tái sử dụng tưới cây.

- Sản lượng khí 0,35–0,45 m³/m³ hầm/ngày, chạy máy phát điện cho trang trại
- COD đầu ra dưới 300 mg/l, tổng nitơ dưới 150 mg/l
- Phân rắn được ủ thành phân bón hữu cơ

Mô hình đã áp dụng tại 18 trang trại, giảm mùi và khiếu nại của dân cư xung quanh.`,
		fields: ['environment', 'energy', 'agriculture'],
		keywords: ['xử lý nước thải', 'biogas', 'chăn nuôi lợn', 'khí sinh học'],
		communeCode: 'NB003',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 1_100_000_000,
		ipStatus: 'NONE',
		applications: 'Trang trại chăn nuôi lợn, bò; khu chăn nuôi tập trung.',
		buyerRequirements: 'Quỹ đất cho hầm và ao sinh học khoảng 800 m² cho trang trại 1.000 lợn.',
	},
	{
		organizationKey: 'nang-luong-trang-an',
		title: 'Hệ thống điện năng lượng mặt trời áp mái có lưu trữ cho nhà xưởng',
		summary:
			'Điện mặt trời áp mái 100 kWp–2 MWp kết hợp pin lưu trữ LFP và hệ thống quản lý năng lượng, ưu tiên tự dùng và cắt đỉnh phụ tải giờ cao điểm.',
		description: `Giải pháp trọn gói gồm khảo sát kết cấu mái, thiết kế, lắp đặt tấm pin hiệu suất cao, biến tần hybrid và tủ pin lưu trữ; giám sát sản lượng trực tuyến và bảo trì định kỳ.

**Hiệu quả điển hình cho xưởng 1 MWp**
- Sản lượng 1,15–1,25 triệu kWh/năm
- Giảm 25–35 % chi phí điện, hoàn vốn 5–6 năm
- Giảm khoảng 800 tấn CO2/năm, hỗ trợ báo cáo kiểm kê khí nhà kính

Hệ thống năng lượng mặt trời tuân thủ quy định về điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.`,
		fields: ['energy', 'electrical-electronics'],
		keywords: ['năng lượng mặt trời', 'điện mặt trời áp mái', 'lưu trữ năng lượng', 'năng lượng tái tạo'],
		communeCode: 'NB002',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CAPITAL_CONTRIBUTION'],
		priceVnd: null,
		ipStatus: 'NONE',
		applications: 'Nhà xưởng dệt may, cơ khí, chế biến thực phẩm, kho lạnh có phụ tải ban ngày lớn.',
		buyerRequirements: 'Mái tôn hoặc bê tông còn tuổi thọ trên 15 năm; hồ sơ kết cấu nhà xưởng.',
	},
	{
		organizationKey: 'nang-luong-trang-an',
		title: 'Hệ thống bơm nước tưới sử dụng năng lượng mặt trời cho đồng ruộng',
		summary:
			'Trạm bơm chạy trực tiếp bằng pin năng lượng mặt trời với biến tần bám điểm công suất cực đại, không cần điện lưới, phù hợp vùng xa trạm biến áp.',
		description: `Trạm gồm dàn pin 5–30 kWp, biến tần bơm chuyên dụng MPPT, máy bơm trục ngang hoặc bơm chìm và bộ điều khiển theo mực nước.

- Lưu lượng 50–300 m³/giờ tùy cột áp
- Không tốn nhiên liệu, chi phí vận hành gần bằng không
- Giám sát từ xa qua điện thoại, khóa chống trộm tấm pin

Đã lắp 40 trạm cho hợp tác xã nông nghiệp, thay thế máy bơm dầu diesel và giảm 70 % chi phí tưới mỗi vụ.`,
		fields: ['energy', 'agriculture'],
		keywords: ['bơm năng lượng mặt trời', 'tưới tiêu', 'điện mặt trời', 'nông nghiệp'],
		communeCode: 'NB002',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 320_000_000,
		ipStatus: 'NONE',
		applications: 'Tưới lúa, rau màu, cây ăn quả; cấp nước ao nuôi thủy sản.',
		buyerRequirements: 'Mặt bằng đặt dàn pin không bị che bóng; nguồn nước ổn định.',
	},
	{
		organizationKey: 'sinh-khoi-nho-quan',
		title: 'Lò hơi đốt sinh khối trấu viên công suất 2–10 tấn hơi/giờ',
		summary:
			'Lò hơi ghi xích đốt viên nén trấu, mùn cưa thay than đá, hiệu suất nhiệt trên 82 %, khí thải đạt QCVN 19:2009/BTNMT.',
		description: `Lò ống lửa - ống nước kết hợp, ghi xích cấp liệu tự động, quạt gió cấp 2 đốt triệt để; xử lý bụi bằng cyclone chùm và lọc bụi túi.

- Áp suất làm việc 10–16 bar
- Tiêu hao 0,22–0,25 kg viên nén/kg hơi
- Điều khiển PLC, giám sát áp suất, mực nước từ xa

Đã lắp đặt 25 lò cho nhà máy dệt nhuộm, chế biến thực phẩm, giấy; chi phí nhiên liệu tương đương than nhưng giảm mạnh phát thải CO2.`,
		fields: ['energy', 'mechanical-engineering', 'environment'],
		keywords: ['lò hơi sinh khối', 'viên nén trấu', 'năng lượng tái tạo', 'thay thế than'],
		communeCode: 'NB019',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 3_200_000_000,
		ipStatus: 'PATENTED',
		applications: 'Nhà máy dệt nhuộm, chế biến thực phẩm, thức ăn chăn nuôi, giấy bao bì.',
		buyerRequirements: 'Nhà lò đạt yêu cầu an toàn thiết bị áp lực; thợ vận hành có chứng chỉ.',
	},
	{
		organizationKey: 'sinh-khoi-nho-quan',
		title: 'Sản xuất viên nén nhiên liệu sinh khối từ rơm rạ và mùn cưa',
		summary:
			'Dây chuyền phối trộn rơm rạ và mùn cưa, nghiền, sấy và ép viên đường kính 8 mm, nhiệt trị trên 4.000 kcal/kg, tro dưới 8 %.',
		description: `Rơm rạ được cắt ngắn, rửa giảm clo và kali, phối trộn với mùn cưa tỷ lệ 30/70 để hạn chế đóng xỉ khi đốt; sấy thùng quay đến độ ẩm 12 % và ép viên trên máy khuôn vòng.

- Công suất 2–3 tấn/giờ
- Độ bền cơ học viên trên 96 %
- Tận dụng 8.000 tấn rơm rạ/năm, giảm đốt rơm ngoài đồng

Sản phẩm cung cấp cho các lò hơi sinh khối trong tỉnh với giá thấp hơn viên nén gỗ 15 %.`,
		fields: ['energy', 'agriculture', 'environment'],
		keywords: ['viên nén sinh khối', 'rơm rạ', 'mùn cưa', 'nhiên liệu sinh học'],
		communeCode: 'NB019',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 5_500_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Doanh nghiệp năng lượng sinh khối, hợp tác xã vùng lúa muốn tận dụng rơm rạ.',
		buyerRequirements: 'Kho chứa nguyên liệu 2.000 m², nguồn điện 3 pha 400 kVA.',
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Hệ thống quản lý năng lượng nhà máy dựa trên đồng hồ điện thông minh',
		summary:
			'Đồng hồ điện thông minh, cảm biến lưu lượng hơi, khí nén và phần mềm EMS giúp nhà máy theo dõi, phân tích và cắt giảm tiêu thụ năng lượng.',
		description: `Thiết bị đo được lắp đến từng xưởng, từng máy lớn; dữ liệu thu thập qua Modbus/MQTT về phần mềm trên đám mây hoặc máy chủ tại chỗ.

- Bảng điều khiển theo thời gian thực, cảnh báo phụ tải bất thường
- Báo cáo suất tiêu hao năng lượng theo sản phẩm, phục vụ kiểm toán năng lượng
- Hỗ trợ tính phát thải khí nhà kính phạm vi 1, 2

Tại 12 nhà máy đã triển khai, mức tiết kiệm điện trung bình đạt 8–15 % trong năm đầu nhờ phát hiện rò rỉ khí nén và bố trí lại lịch chạy máy.`,
		fields: ['energy', 'automation', 'it-digital'],
		keywords: ['quản lý năng lượng', 'ems', 'đồng hồ thông minh', 'tiết kiệm năng lượng', 'chuyển đổi số'],
		communeCode: 'NB013',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 480_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Cơ sở sử dụng năng lượng trọng điểm: dệt nhuộm, xi măng, thép, chế biến thực phẩm.',
		buyerRequirements: 'Có sơ đồ điện nhà máy; mạng LAN hoặc wifi công nghiệp tại các tủ điện.',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Máy sấy thủy sản bằng năng lượng mặt trời kết hợp bơm nhiệt',
		summary:
			'Nhà sấy mái polycarbonate thu nhiệt mặt trời, bơm nhiệt hỗ trợ khi trời mưa và ban đêm, sấy tôm, cá, mực hợp vệ sinh, giảm 50 % điện năng.',
		description: `Nhà sấy dạng tunnel có bộ thu nhiệt không khí trên mái, quạt tuần hoàn và bơm nhiệt 10 kW tự khởi động khi nhiệt độ buồng dưới 40 °C.

- Năng suất 300–400 kg nguyên liệu/mẻ, thời gian sấy 10–14 giờ
- Sản phẩm không nhiễm bụi, ruồi nhặng như phơi truyền thống
- Giảm 50 % điện năng so với sấy bơm nhiệt độc lập

Mô hình đã thử nghiệm tại một hợp tác xã chế biến thủy sản ven biển trong 2 vụ.`,
		fields: ['energy', 'food-processing', 'aquaculture'],
		keywords: ['sấy năng lượng mặt trời', 'bơm nhiệt', 'thủy sản khô', 'năng lượng tái tạo'],
		communeCode: 'NB024',
		trl: 7,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 380_000_000,
		ipStatus: 'NONE',
		applications: 'Cơ sở chế biến hải sản khô, hợp tác xã làng chài ven biển.',
		buyerRequirements: 'Mặt bằng 80 m² đủ nắng; nguồn điện 3 pha.',
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		title: 'Công nghệ hàn tự động hồ quang chìm cho tôn vỏ tàu',
		summary:
			'Hàn tự động dưới lớp thuốc hàn cho tôn vỏ tàu dày 8–25 mm trên xe hàn chạy ray, một lượt hàn ngấu hai phía, năng suất gấp 4 lần hàn tay.',
		description: `Quy trình hàn đã được đăng kiểm phê duyệt (WPS/PQR) cho thép đóng tàu cấp A và AH36; sử dụng xe hàn tự chế tạo kết hợp nguồn hàn DC 1.000 A.

- Vát mép chữ Y, đệm lót sứ mặt sau, hàn một phía tạo hình hai phía
- Tỷ lệ khuyết tật siêu âm dưới 1 %
- Tiết kiệm 30 % vật liệu hàn, giảm biến dạng tấm

Áp dụng cho tổng đoạn đáy, boong, mạn tàu hàng 1.000–5.000 DWT tại nhà máy.`,
		fields: ['shipbuilding', 'mechanical-engineering', 'automation'],
		keywords: ['hàn hồ quang chìm', 'đóng tàu', 'tôn vỏ tàu', 'hàn tự động'],
		communeCode: 'NB027',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 850_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Nhà máy đóng tàu, chế tạo kết cấu thép, bồn bể áp lực.',
		buyerRequirements: 'Nguồn hàn SAW công suất từ 800 A; thợ hàn có chứng chỉ 3G.',
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		title: 'Quy trình làm sạch vỏ tàu bằng phun hạt mài tuần hoàn khép kín',
		summary:
			'Buồng phun hạt thép tuần hoàn có thu hồi bụi để làm sạch tôn và tổng đoạn đạt Sa 2.5 trước khi sơn, không xả cát và bụi ra môi trường.',
		description: `Thay cho phun cát hở gây ô nhiễm, tổng đoạn được đưa vào buồng kín; hạt thép được thu hồi qua sàn hút, phân loại bằng cyclone và tái sử dụng đến 2.000 lần.

- Độ sạch bề mặt Sa 2.5, độ nhám 50–75 µm
- Nồng độ bụi tại cửa xả dưới 50 mg/Nm³
- Giảm 60 % chi phí vật liệu mài so với cát

Công trình giúp nhà máy đáp ứng yêu cầu bảo vệ môi trường ven sông và cải thiện điều kiện làm việc của công nhân.`,
		fields: ['shipbuilding', 'environment', 'mechanical-engineering'],
		keywords: ['phun hạt mài', 'làm sạch bề mặt', 'sơn vỏ tàu', 'giảm bụi'],
		communeCode: 'NB027',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 2_600_000_000,
		ipStatus: 'NONE',
		applications: 'Nhà máy đóng và sửa chữa tàu, chế tạo kết cấu thép, cầu thép.',
		buyerRequirements: 'Nhà xưởng đủ chiều cao cho buồng phun; nguồn khí nén 20 m³/phút.',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Thiết kế tàu cá vỏ composite 15 m tiết kiệm nhiên liệu',
		summary:
			'Thiết kế tàu cá lưới rê vỏ composite FRP dài 15 m, hình dáng thân tàu tối ưu bằng mô phỏng CFD, giảm 15–18 % nhiên liệu so với tàu gỗ cùng cỡ.',
		description: `Bộ hồ sơ thiết kế gồm tuyến hình, kết cấu, bố trí chung, hệ động lực và trang thiết bị khai thác; đã được tính toán ổn định theo quy chuẩn tàu cá.

- Công suất máy chính 250–300 HP, vận tốc 9 hải lý/giờ
- Hầm bảo quản cách nhiệt PU 12 m³
- Tuổi thọ vỏ trên 25 năm, không bị hà và mục như tàu gỗ

Mẫu tàu đã được mô phỏng và thử mô hình trong bể; cần đối tác đóng tàu thử nghiệm để hoàn thiện.`,
		fields: ['shipbuilding', 'materials', 'aquaculture'],
		keywords: ['tàu cá composite', 'frp', 'thiết kế tàu', 'tiết kiệm nhiên liệu'],
		communeCode: 'NB009',
		trl: 6,
		transferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 400_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Cơ sở đóng tàu composite, ngư dân và hợp tác xã khai thác hải sản.',
		buyerRequirements: 'Xưởng đóng tàu composite có khuôn và đội thợ lăn phủ; phối hợp đăng kiểm tàu cá.',
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Máy cắt plasma CNC khổ lớn cho gia công tôn tấm',
		summary:
			'Máy cắt plasma CNC khổ 2 × 6 m chế tạo trong nước, cắt thép tấm đến 40 mm, phần mềm lồng phôi tự động, giá bằng 50 % máy nhập khẩu.',
		description: `Khung máy hàn kết cấu, ủ khử ứng suất; truyền động bánh răng - thanh răng và động cơ servo; bộ điều chỉnh chiều cao mỏ cắt theo điện áp hồ quang.

**Thông số**
- Hành trình 2.000 × 6.000 mm, tốc độ chạy không tải 25 m/phút
- Nguồn plasma 200 A, cắt thép đến 40 mm, có tùy chọn mỏ cắt oxy-gas đến 100 mm
- Sai số vị trí ±0,2 mm

Đã bán 60 máy cho xưởng đóng tàu, kết cấu thép và cơ khí nông nghiệp trong vùng.`,
		fields: ['mechanical-engineering', 'automation'],
		keywords: ['máy cắt plasma', 'cnc', 'gia công tôn tấm', 'cơ khí chế tạo'],
		communeCode: 'NB012',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 650_000_000,
		ipStatus: 'NONE',
		applications: 'Xưởng kết cấu thép, đóng tàu, chế tạo máy nông nghiệp, biển quảng cáo.',
		buyerRequirements: 'Nền xưởng bê tông phẳng, nguồn điện 3 pha 60 kVA và khí nén khô.',
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Công nghệ đúc mẫu chảy chi tiết máy bằng thép không gỉ',
		summary:
			'Đúc chính xác theo mẫu sáp chảy các chi tiết bơm, van, phụ tùng máy chế biến bằng inox 304, 316, dung sai CT5–CT6, giảm 70 % gia công cắt gọt.',
		description: `Quy trình gồm ép mẫu sáp, lắp chùm, nhúng vỏ gốm 6–7 lớp bằng zircon và mullite, nấu chảy bằng lò trung tần và rót trong vỏ nung nóng.

- Khối lượng chi tiết 0,05–25 kg
- Độ nhám bề mặt Ra 3,2–6,3 µm
- Tỷ lệ phế phẩm dưới 4 %

Xưởng đúc hiện cung cấp phụ tùng thay thế nhập khẩu cho nhà máy chế biến thực phẩm, dệt nhuộm, bơm nước.`,
		fields: ['mechanical-engineering', 'materials'],
		keywords: ['đúc mẫu chảy', 'inox', 'đúc chính xác', 'phụ tùng thay thế'],
		communeCode: 'NB012',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'JOINT_RD'],
		priceVnd: 1_400_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Chi tiết bơm, van, cánh khuấy, phụ tùng máy dệt, máy chế biến thực phẩm, đồ gia dụng cao cấp.',
		buyerRequirements: 'Xưởng đúc có lò trung tần 250 kg; kỹ thuật viên luyện kim.',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Máy gặt đập liên hợp cỡ nhỏ cho ruộng trũng, ruộng lầy',
		summary:
			'Máy gặt đập bánh xích cao su bản rộng, áp suất nền dưới 18 kPa, làm việc được trên ruộng trũng ngập 15 cm, bề rộng cắt 1,4 m.',
		description: `Máy được thiết kế cho ruộng nhỏ, bờ thửa hẹp của vùng đồng bằng; cụm đập dọc trục giảm tổn thất, thùng chứa thóc 600 kg có xả bằng vít tải.

- Động cơ diesel 35 HP, năng suất 0,2–0,3 ha/giờ
- Tổn thất thu hoạch dưới 2 %
- Khối lượng 1,6 tấn, vận chuyển được bằng xe tải nhẹ

Hai máy mẫu đã làm việc 2 vụ trên ruộng trũng; nhóm tác giả tìm đối tác sản xuất loạt nhỏ.`,
		fields: ['mechanical-engineering', 'agriculture'],
		keywords: ['máy gặt đập liên hợp', 'cơ giới hóa', 'ruộng trũng', 'máy nông nghiệp'],
		communeCode: 'NB009',
		trl: 7,
		transferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		priceVnd: 1_500_000_000,
		ipStatus: 'PATENTED',
		applications: 'Doanh nghiệp chế tạo máy nông nghiệp; dịch vụ thu hoạch lúa vùng đồng bằng trũng.',
		buyerRequirements: 'Xưởng cơ khí có năng lực chế tạo khung gầm, gia công bánh răng và lắp ráp động cơ.',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Giám sát rung động và dự báo hỏng hóc máy quay bằng trí tuệ nhân tạo',
		summary:
			'Cảm biến rung không dây gắn trên động cơ, bơm, quạt; mô hình AI phát hiện sớm hỏng ổ bi, lệch trục, mất cân bằng trước 2–4 tuần.',
		description: `Cảm biến gia tốc MEMS 3 trục đo rung và nhiệt độ, truyền qua mạng không dây về gateway; phần mềm phân tích phổ FFT và mô hình học máy học hành vi bình thường của từng máy.

- Dải tần đo đến 6 kHz, pin dùng 3 năm
- Phân loại 5 dạng hỏng phổ biến với độ chính xác 88 % trên dữ liệu thử nghiệm
- Cảnh báo qua ứng dụng và tích hợp phần mềm bảo trì

Thử nghiệm tại một nhà máy sợi trên 40 động cơ trong 8 tháng đã phát hiện trước 3 sự cố ổ bi.`,
		fields: ['mechanical-engineering', 'electrical-electronics', 'it-digital'],
		keywords: ['bảo trì dự đoán', 'trí tuệ nhân tạo', 'giám sát rung động', 'ai', 'iot công nghiệp'],
		communeCode: 'NB008',
		trl: 6,
		transferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 550_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Nhà máy sợi, dệt, xi măng, chế biến thực phẩm, trạm bơm thủy lợi.',
		buyerRequirements: 'Doanh nghiệp có danh mục thiết bị quay quan trọng và dữ liệu lịch sử bảo trì.',
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Bộ điều khiển PLC sản xuất trong nước cho máy công nghiệp vừa và nhỏ',
		summary:
			'PLC 32–64 I/O lập trình theo chuẩn IEC 61131-3, tích hợp Modbus, Ethernet và kết nối đám mây, giá thấp hơn hàng nhập khẩu 40 %.',
		description: `Phần cứng thiết kế và lắp ráp tại tỉnh, vi xử lý ARM công nghiệp, đạt thử nghiệm EMC; phần mềm lập trình ladder và FBD có giao diện tiếng Việt.

- 24 DI, 16 DO relay/transistor, 4 AI, 2 AO; mở rộng đến 128 I/O
- Điều khiển 4 trục servo xung tốc độ 200 kHz
- Bảo hành 24 tháng, hỗ trợ kỹ thuật tại chỗ

Hơn 3.500 bộ đã lắp trên máy sấy, máy đóng gói, máy cho tôm ăn, trạm bơm của các nhà chế tạo máy trong nước.`,
		fields: ['automation', 'electrical-electronics'],
		keywords: ['plc', 'bộ điều khiển', 'tự động hóa', 'sản xuất trong nước'],
		communeCode: 'NB013',
		trl: 8,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 900_000_000,
		ipStatus: 'PATENTED',
		applications: 'Nhà chế tạo máy chế biến nông sản, máy đóng gói, trạm bơm, hệ thống HVAC.',
		buyerRequirements: 'Doanh nghiệp chế tạo máy có đội ngũ lập trình viên tự động hóa.',
	},
]
